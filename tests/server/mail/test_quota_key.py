"""The address a mail quota counts under: one per mailbox, whatever `+tag` or case it is typed with."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from akonet_desktop.server.mail.limits import quota_key

FAST = settings(max_examples=300, deadline=None)

# Local parts as people type them: letters of any script, digits, dots, dashes; no "+" (the tag's).
local_parts = st.text(st.characters(categories=["Lu", "Ll", "Lt", "Lo", "Nd"], include_characters=".-_"), min_size=1)
tags = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
domains = st.sampled_from(["example.com", "EXAMPLE.org", "exämple.de", "bücher.example", "xn--bcher-kva.example"])


def _swap_case(text: str, flips: list[bool]) -> str:
    """Another case of the same letters (not of ı, whose upper case is the I of i)."""
    flips = flips + [False] * len(text)
    return "".join(
        ch.swapcase() if flip and ch.swapcase().swapcase() == ch else ch for ch, flip in zip(text, flips, strict=False)
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("victim+1@example.com", "victim@example.com"),
        ("Victim+News+2024@Example.COM", "victim@example.com"),
        ("VICTIM@example.com.", "victim@example.com"),
        ("jörg+x@bücher.example", "JÖRG@xn--bcher-kva.example"),
        ("ﬁnance+q1@example.com", "finance@example.com"),  # a ligature is no new mailbox for a quota
    ],
)
def test_one_mailbox_one_key(a, b):
    assert quota_key(a) == quota_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("victim@example.com", "victim2@example.com"),
        ("victim@example.com", "victim@example.org"),
        ("+tag@example.com", "@example.com"),  # nothing before the "+": the local part stays whole
        ("a.b@example.com", "ab@example.com"),  # dots are the provider's business, not ours
    ],
)
def test_other_mailboxes_other_keys(a, b):
    assert quota_key(a) != quota_key(b)


@FAST
@given(local_parts, tags, domains)
def test_a_tag_adds_nothing(local, tag, domain):
    assert quota_key(f"{local}+{tag}@{domain}") == quota_key(f"{local}@{domain}")


@FAST
@given(local_parts, domains, st.lists(st.booleans()), st.lists(st.booleans()))
def test_case_adds_nothing(local, domain, local_flips, domain_flips):
    typed = f"{_swap_case(local, local_flips)}@{_swap_case(domain, domain_flips)}"
    assert quota_key(typed) == quota_key(f"{local}@{domain}")


@FAST
@given(local_parts, local_parts, domains)
def test_different_local_parts_stay_apart(a, b, domain):
    assume(quota_key(a) != quota_key(b))  # as the key folds them (case, compatibility forms)
    assert quota_key(f"{a}@{domain}") != quota_key(f"{b}@{domain}")


@FAST
@given(st.text())
def test_total_and_stable(text):
    key = quota_key(text)  # any text: made-up and malformed addresses are counted too
    assert quota_key(key) == key
