"""Recovery codes saved to a file: whole, for its owner alone, an earlier file intact on failure."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from akonet_desktop.client.private_file import write_private_text

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@POSIX
def test_written_whole_and_readable_by_its_owner_only(tmp_path):
    old_umask = os.umask(0)  # a permissive umask must not widen it
    try:
        target = write_private_text(tmp_path / "codes.txt", "abcd-efgh\nijkm-npqr\n")
    finally:
        os.umask(old_umask)
    assert target.read_text(encoding="utf-8") == "abcd-efgh\nijkm-npqr\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["codes.txt"]  # no temporary file left


@POSIX
def test_an_existing_readable_file_is_replaced_by_a_private_one(tmp_path):
    target = tmp_path / "codes.txt"
    target.write_text("old codes\n")
    target.chmod(0o644)
    write_private_text(target, "new codes\n")
    assert target.read_text() == "new codes\n" and stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_failure_leaves_the_earlier_file_and_no_temporary(tmp_path):
    target = tmp_path / "codes.txt"
    target.write_text("old codes\n")
    with pytest.raises(UnicodeEncodeError):
        write_private_text(target, "half \udcff written")  # a lone surrogate cannot be UTF-8
    assert target.read_text() == "old codes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["codes.txt"]
    with pytest.raises(OSError):
        write_private_text(tmp_path / "missing-folder" / "codes.txt", "x")
