"""An MSI's tables and summary as msitools' `msiinfo` reads them."""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path, PurePosixPath


def _msiinfo(*args: str) -> str:
    return subprocess.run(["msiinfo", *args], capture_output=True, text=True, check=True).stdout


def _long_name(filename: str) -> str:
    """A Filename column holds `short|long` or one name."""
    return filename.split("|")[-1]


class Msi:
    def __init__(self, path: Path) -> None:
        self.path = path

    @cache  # noqa: B019 - one Msi per built file, kept as long as the test module
    def table(self, name: str) -> list[dict[str, str]]:
        """Rows as {column: text}; a null is ''. `msiinfo export` writes the .idt format: names,
        types and keys, then one tab-separated row per line."""
        lines = _msiinfo("export", str(self.path), name).splitlines()
        columns = lines[0].split("\t")
        rows = []
        for line in lines[3:]:
            fields = line.split("\t")
            rows.append(dict(zip(columns, fields + [""] * (len(columns) - len(fields)), strict=True)))
        return rows

    def rows(self, name: str, **where: str) -> list[dict[str, str]]:
        return [row for row in self.table(name) if all(row[column] == value for column, value in where.items())]

    def properties(self) -> dict[str, str]:
        return {row["Property"]: row["Value"] for row in self.table("Property")}

    def summary(self) -> dict[str, str]:
        """`msiinfo suminfo`'s lines, `Name: value` (it calls the word count "Source")."""
        pairs = (line.split(": ", 1) for line in _msiinfo("suminfo", str(self.path)).splitlines() if ": " in line)
        return dict(pairs)

    def stream(self, name: str) -> bytes:
        return subprocess.run(["msiinfo", "extract", str(self.path), name], capture_output=True, check=True).stdout

    def directory_path(self, directory: str, top: str) -> PurePosixPath:
        """The folder `directory` relative to `top` (an ancestor), from the Directory table's long names."""
        by_id = {row["Directory"]: row for row in self.table("Directory")}
        parts: list[str] = []
        while directory != top:
            row = by_id[directory]
            name = _long_name(row["DefaultDir"].split(":")[0])  # target[:source]
            if name != ".":  # "." is the parent folder itself
                parts.append(name)
            if not row["Directory_Parent"]:
                raise ValueError(f"{top} is not above {directory}")
            directory = row["Directory_Parent"]
        return PurePosixPath(*reversed(parts))

    def installed_files(self, top: str = "INSTALLDIR") -> dict[PurePosixPath, dict[str, str]]:
        """File rows by the path they install to, relative to the folder `top`."""
        components = {row["Component"]: row for row in self.table("Component")}
        files = {}
        for row in self.table("File"):
            folder = self.directory_path(components[row["Component_"]]["Directory_"], top)
            files[folder / _long_name(row["FileName"])] = row
        return files
