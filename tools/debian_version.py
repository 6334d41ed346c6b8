"""A PEP 440 version (pyproject.toml) as a Debian package version that sorts the same way.

Debian sorts "~" before anything, even the end of the version, so a pre-release takes a "~":
    0.4.0a1 -> 0.4.0~a1,  0.4.0rc1 -> 0.4.0~rc1,  0.4.0.dev2 -> 0.4.0~~dev2,  0.4.0.post1 -> 0.4.0+post1
A bare development release takes two tildes: PEP 440 puts 0.4.0.dev2 before 0.4.0a1, and with one
"~" Debian would compare "dev" with "a" letter by letter and put it after. An epoch "1!" becomes
"1:". Only canonical public versions are accepted (what `packaging` normalises to): a local
version ("+abc") has no place in a released package.
"""

from __future__ import annotations

import re

CANONICAL = re.compile(
    r"(?:(?P<epoch>\d+)!)?(?P<release>\d+(?:\.\d+)*)"
    r"(?:(?P<pre>a|b|rc)(?P<pre_n>\d+))?(?:\.post(?P<post>\d+))?(?:\.dev(?P<dev>\d+))?"
)


def debian_version(version: str) -> str:
    match = CANONICAL.fullmatch(version.strip())
    if match is None:
        raise ValueError(f"{version!r} is not a canonical PEP 440 release version (e.g. 1.2.0, 1.2.0rc1)")
    parts = match.groupdict()
    text = f"{parts['epoch']}:" if parts["epoch"] else ""
    text += parts["release"]
    if parts["pre"]:
        text += f"~{parts['pre']}{parts['pre_n']}"
    if parts["post"]:
        text += f"+post{parts['post']}"
    if parts["dev"]:
        # Before everything else of the same version: after a pre or post part one "~" is enough.
        text += ("~" if parts["pre"] or parts["post"] else "~~") + f"dev{parts['dev']}"
    return text
