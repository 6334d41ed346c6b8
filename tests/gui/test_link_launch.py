"""A launch by the link handler takes one plain akonet:// link and nothing else (gui/link_launch.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akonet_desktop.api.links import PASSWORD_RESET_LINK
from akonet_desktop.gui.link_launch import LinkLaunchRefused, opened_link

LINK = PASSWORD_RESET_LINK.app_link("Ab-_" * 8)


def windows_argv(clicked: str) -> list[str]:
    """What the program gets when Windows puts `clicked` in place of %1, unescaped, in
    `"…exe" --open-link "%1"` (the C runtime's rules for quotes, without backslash subtleties)."""
    line = f'--open-link "{clicked}"'
    argv, current, quoted, started = [], "", False, False
    for char in line:
        if char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started or current:
                argv.append(current)
            current, started = "", False
        else:
            current += char
    if started or current:
        argv.append(current)
    return argv


@pytest.mark.parametrize("argv", [[], ["--server", "https://akonet.example.com"], [LINK], ["--self-test"]])
def test_other_launches_are_not_link_launches(argv):
    assert opened_link(argv) is None


def test_the_handlers_launch_gives_its_link():
    assert windows_argv(LINK) == ["--open-link", LINK]
    assert opened_link(windows_argv(LINK)) == LINK


@pytest.mark.parametrize(
    "clicked",
    [
        'akonet://x" --server https://evil.example "',
        'akonet://x" -platformpluginpath \\\\attacker\\share "',
        'akonet://x" --data-dir \\\\host\\share "',
        "akonet://x y",
        "https://evil.example/akonet",
        "",
    ],
)
def test_a_link_that_breaks_out_of_its_quotes_is_refused(clicked):
    with pytest.raises(LinkLaunchRefused):
        opened_link(windows_argv(clicked))


@pytest.mark.parametrize(
    "argv",
    [
        ["--open-link"],
        ["--server", "https://evil.example", "--open-link", LINK],
        ["--open-link", LINK, "--server", "https://evil.example"],
        [f"--open-link={LINK}"],
        ["--open-link", "akonet://x\x00"],
        ["--open-link", "akonet://x\x7f"],
    ],
)
def test_anything_but_the_option_and_one_link_is_refused(argv):
    with pytest.raises(LinkLaunchRefused):
        opened_link(argv)


@given(st.text())
def test_whatever_is_clicked_a_launch_is_one_clean_link_or_refused(clicked):
    argv = windows_argv(clicked)
    try:
        link = opened_link(argv)
    except LinkLaunchRefused:
        return
    assert argv == ["--open-link", link] and link.lower().startswith("akonet:")
    assert not any(c == '"' or c.isspace() for c in link)


def test_the_app_refuses_an_injected_launch_before_qt_starts(tmp_path):
    # -platformpluginpath would make Qt load its platform plug-in from there: Qt must not start.
    argv = windows_argv(f'akonet://x" -platformpluginpath {tmp_path} "')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "akonet_desktop", *argv], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "refused a link launch" in result.stderr
