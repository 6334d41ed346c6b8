"""Where the two token parsers that were merged disagreed, and the tests of neither decided: the rules chosen.

The union of what each accepted, except a code with spaces inside (a sentence, which one of them refused).
"""

from __future__ import annotations

import pytest

from akonet_desktop.api.links import PASSWORD_RESET_LINK, REGISTRATION_LINK
from akonet_desktop.client.deeplinks import DeepLink, extract_token, parse_deep_link

TOKEN = "Zx9_-abcdefghijklmnopqrstuvwxyz01"


@pytest.mark.parametrize("kind", [None, REGISTRATION_LINK])
def test_a_code_wrapped_across_lines_is_one_code(kind):
    assert extract_token(f"  {TOKEN[:20]}\r\n  {TOKEN[20:]}\n", kind) == TOKEN


@pytest.mark.parametrize("kind", [None, REGISTRATION_LINK])
def test_a_code_with_spaces_inside_is_a_sentence(kind):
    assert extract_token(f"{TOKEN[:20]} {TOKEN[20:]}", kind) is None


@pytest.mark.parametrize(
    "text",
    [
        f"akonet:/registration/continue?token={TOKEN}",  # a mail client's rewrite, with one slash
        f"akonet:///registration/continue?token={TOKEN}",
        f"akonet://registration/continue?lang=fr&amp;token={TOKEN}",  # from an HTML source
    ],
)
def test_the_app_link_forms_a_wizard_took_also_open_the_app(text):
    assert parse_deep_link(text) == DeepLink("registration", TOKEN)
    assert extract_token(text) == TOKEN


def test_web_paths_are_case_insensitive_like_app_paths():
    assert extract_token(f"https://akonet.example.com/Password/Reset?token={TOKEN}", PASSWORD_RESET_LINK) == TOKEN
    assert extract_token(f"https://akonet.example.com/Password/Reset?token={TOKEN}") == TOKEN


def test_a_wizard_finds_its_link_in_a_pasted_mail():
    mail = (
        f"Hello,\n\nyour reset link: https://akonet.example.com/password/reset?token={'A' * 40}\n"
        f"To continue your registration: <https://akonet.example.com/registration/continue?token={TOKEN}>\n"
    )
    assert extract_token(mail, REGISTRATION_LINK) == TOKEN
    assert extract_token(mail, PASSWORD_RESET_LINK) == "A" * 40


def test_a_paste_longer_than_a_mail_is_not_searched():
    assert extract_token(f"akonet://registration/continue?token={TOKEN} " + "x" * 100_000, REGISTRATION_LINK) is None


@pytest.mark.parametrize(
    "excerpt",
    [
        # a plain-text mail client hard-wrapped the link
        "open this link:\n\nhttps://akonet.example.com/registration/continue?token={a}\n{b}\n\nThe page shows",
        # a quoted reply wrapped it, quote markers on the next line
        "> open this link:\n> https://akonet.example.com/registration/continue?token={a}\n> {b}\n> \n> The page",
        "akonet://registration/continue?token={a}\n{b}\n\nThanks",
        # a sentence on the next line is not the rest of the link
        "link: https://akonet.example.com/registration/continue?token={a}{b}\nThanks a lot for the help",
    ],
)
def test_a_link_wrapped_in_a_mail_excerpt_is_read_whole_never_cut(excerpt):
    pasted = excerpt.format(a=TOKEN[:20], b=TOKEN[20:])
    assert extract_token(pasted, REGISTRATION_LINK) == TOKEN
    assert extract_token(pasted) == TOKEN
