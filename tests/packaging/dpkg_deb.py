"""What `dpkg-deb` says about a .deb: its control fields (-f), its members (-c, -I), and its files (-x)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Member:
    mode: str  # as `ls -l` shows it: "-rwxr-xr-x", "lrwxrwxrwx", "drwxr-xr-x"
    owner: str  # "root/root"
    size: int
    target: str | None  # a symlink's target


def _run(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True).stdout


def control_fields(deb: Path) -> dict[str, str]:
    """The control file's fields; a multi-line value (Description) keeps its continuation lines."""
    fields: dict[str, str] = {}
    name = None
    for line in _run("-f", str(deb)).splitlines():
        if line.startswith((" ", "\t")) and name:
            fields[name] += "\n" + line
        else:
            name, _, value = line.partition(":")
            fields[name] = value.strip()
    return fields


def control_members(deb: Path) -> list[str]:
    """The control archive's files (control, and postinst & co. if there were any), from `dpkg-deb -I`."""
    names = []
    for line in _run("-I", str(deb)).splitlines():
        # "     1076 bytes,    15 lines      control"; "*" marks an executable script
        words = line.split()
        if len(words) >= 5 and words[1] == "bytes,":
            names.append(words[-1].lstrip("*"))
    return names


def contents(deb: Path) -> dict[str, Member]:
    """The data archive's members by absolute path ("/usr/bin/akonet-desktop"), from `dpkg-deb -c`."""
    members = {}
    for line in _run("-c", str(deb)).splitlines():
        mode, owner, size, _date, _time, rest = line.split(maxsplit=5)
        path, _, target = rest.partition(" -> ")
        members[path.removeprefix(".").rstrip("/") or "/"] = Member(mode, owner, int(size), target or None)
    return members


def extract(deb: Path, folder: Path) -> Path:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(folder)], check=True)
    return folder
