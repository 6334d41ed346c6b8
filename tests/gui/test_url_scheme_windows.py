"""The Windows registration of akonet://, written through a registry with winreg's interface."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from akonet_desktop.gui.url_scheme_windows import (
    SCHEME_KEY,
    command_program,
    links_open,
    register_url_scheme,
    scheme_entries,
)

EXE = r"C:\Users\Ana\AppData\Local\Programs\AKONet Desktop\akonet-desktop.exe"
MACHINE_EXE = r"C:\Program Files\AKONet Desktop\akonet-desktop.exe"
COMMAND_KEY = SCHEME_KEY + r"\shell\open\command"


class Registry:
    """An in-memory registry with the part of winreg's interface the module uses.

    HKEY_CLASSES_ROOT is the merged view Windows gives: a key of the user's Software\\Classes
    hides the machine's key of the same name.
    """

    HKEY_CLASSES_ROOT, HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE = "HKCR", "HKCU", "HKLM"
    KEY_QUERY_VALUE, KEY_SET_VALUE, REG_SZ = 1, 2, 1

    def __init__(self, refuse: bool = False) -> None:
        self.values: dict[tuple[str, str, str], str] = {}
        self.writes = 0
        self.refuse = refuse

    def user(self, key: str, name: str) -> str:
        return self.values[("HKCU", key, name)]

    def written(self, root: str, key: str, name: str, text: str) -> None:
        """What an installer or an earlier start left."""
        self.values[(root, key, name)] = text

    def _exists(self, root: str, key: str) -> bool:
        return any(r == root and k == key for r, k, _name in self.values)

    def _resolve(self, root: str, key: str) -> tuple[str, str]:
        if root != "HKCR":
            return root, key
        classes = "Software\\Classes\\" + key
        return ("HKCU", classes) if self._exists("HKCU", classes) else ("HKLM", classes)

    def _handle(self, root: str, key: str):
        class Handle(SimpleNamespace):
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return False

        root, key = self._resolve(root, key)
        return Handle(root=root, key=key)

    def OpenKey(self, root, key):  # noqa: N802 - winreg's names
        handle = self._handle(root, key)
        if not self._exists(handle.root, handle.key):
            raise FileNotFoundError(key)
        return handle

    def CreateKeyEx(self, root, key, reserved, access):  # noqa: N802
        if self.refuse:
            raise PermissionError("access denied")
        return self._handle(root, key)

    def QueryValueEx(self, handle, name):  # noqa: N802
        try:
            return self.values[(handle.root, handle.key, name)], self.REG_SZ
        except KeyError:
            raise FileNotFoundError(name) from None

    def SetValueEx(self, handle, name, reserved, kind, text):  # noqa: N802
        self.values[(handle.root, handle.key, name)] = text
        self.writes += 1


def installer_registration(registry: Registry, root: str, executable: str) -> None:
    """What packaging/windows/akonet-desktop.wxs writes under HKMU (HKCU per-user, HKLM per-machine)."""
    for key, name, text in scheme_entries(executable):
        registry.written(root, key, name, text)


def test_the_scheme_opens_the_executable_with_the_link_as_last_argument():
    registry = Registry()
    assert register_url_scheme(EXE, registry) is True
    assert registry.user(SCHEME_KEY, "URL Protocol") == ""
    assert registry.user(COMMAND_KEY, "") == f'"{EXE}" --open-link "%1"'
    assert registry.user(SCHEME_KEY + r"\DefaultIcon", "") == f'"{EXE}",0'


def test_nothing_is_rewritten_when_already_registered_and_a_moved_app_updates_the_command():
    registry = Registry()
    register_url_scheme(EXE, registry)
    writes = registry.writes
    assert register_url_scheme(EXE, registry) is False
    assert registry.writes == writes
    moved = r"D:\Apps\AKONet\akonet-desktop.exe"
    assert register_url_scheme(moved, registry) is True
    assert registry.user(COMMAND_KEY, "") == f'"{moved}" --open-link "%1"'
    assert registry.writes == writes + 2  # the command and the icon


def test_a_refusing_registry_is_logged_not_raised(caplog):
    assert register_url_scheme(EXE, Registry(refuse=True)) is False
    assert "could not register" in caplog.text


def test_every_entry_is_under_the_current_users_classes():
    assert all(key.startswith(SCHEME_KEY) for key, _name, _text in scheme_entries(EXE))


@pytest.mark.parametrize(("root", "executable"), [("HKCU", EXE), ("HKLM", MACHINE_EXE)])
def test_an_app_the_msi_installed_writes_nothing(root, executable):
    # Keys of its own would outlive the uninstall, and per-user ones would hide a per-machine install's.
    registry = Registry()
    installer_registration(registry, root, executable)
    before = dict(registry.values)
    assert register_url_scheme(executable, registry) is False
    assert registry.writes == 0
    assert registry.values == before


def test_windows_paths_compare_without_case():
    registry = Registry()
    installer_registration(registry, "HKLM", MACHINE_EXE.upper())
    assert links_open(MACHINE_EXE, registry)
    assert register_url_scheme(MACHINE_EXE, registry) is False


def test_an_unpacked_bundle_beside_another_install_registers_itself_for_its_user():
    registry = Registry()
    installer_registration(registry, "HKLM", MACHINE_EXE)
    unpacked = r"C:\Users\Ana\Downloads\akonet-desktop\akonet-desktop.exe"
    assert not links_open(unpacked, registry)
    assert register_url_scheme(unpacked, registry) is True
    assert registry.user(COMMAND_KEY, "") == f'"{unpacked}" --open-link "%1"'
    # The user's classes now hide the machine's: links open the unpacked bundle.
    assert links_open(unpacked, registry)


def test_a_registration_that_names_no_program_is_not_this_one():
    registry = Registry()
    registry.written("HKCU", COMMAND_KEY, "", "")
    assert not links_open(EXE, registry)


@pytest.mark.parametrize(
    ("command", "program"),
    [
        (f'"{EXE}" --open-link "%1"', EXE),
        ('  "C:\\A B\\x.exe"  "%1"', r"C:\A B\x.exe"),
        ('C:\\Apps\\x.exe "%1"', r"C:\Apps\x.exe"),
        ("C:\\Apps\\x.exe", r"C:\Apps\x.exe"),
    ],
)
def test_the_program_of_a_command_line(command, program):
    assert command_program(command) == program


@pytest.mark.parametrize(
    "command",
    [
        f'"{EXE}" --server https://evil.example --open-link "%1"',
        f'"{EXE}" -platformpluginpath \\\\host\\share --open-link "%1"',
        f'"{EXE}" "%1"',
        f'{EXE} --open-link "%1"',
    ],
)
def test_a_command_that_runs_this_program_otherwise_is_rewritten_not_kept(command):
    registry = Registry()
    registry.written("HKCU", COMMAND_KEY, "", command)
    assert not links_open(EXE, registry)
    assert register_url_scheme(EXE, registry) is True
    assert registry.user(COMMAND_KEY, "") == f'"{EXE}" --open-link "%1"'


def test_the_installers_command_spelled_in_another_case_is_still_the_installers():
    registry = Registry()
    registry.written("HKLM", COMMAND_KEY, "", f'"{MACHINE_EXE.upper()}" --open-link "%1"')
    assert links_open(MACHINE_EXE, registry)
