"""The Windows registration of akonet://, written through a registry with winreg's interface."""

from __future__ import annotations

from types import SimpleNamespace

from akonet_desktop.gui.url_scheme_windows import SCHEME_KEY, register_url_scheme, scheme_entries

EXE = r"C:\Users\Ana\AppData\Local\Programs\AKONet Desktop\akonet-desktop.exe"


class Registry:
    """An in-memory registry with the part of winreg's interface the module uses."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_QUERY_VALUE, KEY_SET_VALUE, REG_SZ = 1, 2, 1

    def __init__(self, refuse: bool = False) -> None:
        self.values: dict[tuple[str, str], str] = {}
        self.writes = 0
        self.refuse = refuse

    def CreateKeyEx(self, root, key, reserved, access):  # noqa: N802 - winreg's names
        if self.refuse:
            raise PermissionError("access denied")
        registry = self

        class Handle(SimpleNamespace):
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return False

        return Handle(root=root, key=key, registry=registry)

    def QueryValueEx(self, handle, name):  # noqa: N802
        try:
            return self.values[(handle.key, name)], self.REG_SZ
        except KeyError:
            raise FileNotFoundError(name) from None

    def SetValueEx(self, handle, name, reserved, kind, text):  # noqa: N802
        self.values[(handle.key, name)] = text
        self.writes += 1


def test_the_scheme_opens_the_executable_with_the_link_as_last_argument():
    registry = Registry()
    assert register_url_scheme(EXE, registry) is True
    assert registry.values[(SCHEME_KEY, "URL Protocol")] == ""
    assert registry.values[(SCHEME_KEY + r"\shell\open\command", "")] == f'"{EXE}" "%1"'
    assert registry.values[(SCHEME_KEY + r"\DefaultIcon", "")] == f'"{EXE}",0'


def test_nothing_is_rewritten_when_already_registered_and_a_moved_app_updates_the_command():
    registry = Registry()
    register_url_scheme(EXE, registry)
    writes = registry.writes
    assert register_url_scheme(EXE, registry) is False
    assert registry.writes == writes
    moved = r"D:\Apps\AKONet\akonet-desktop.exe"
    assert register_url_scheme(moved, registry) is True
    assert registry.values[(SCHEME_KEY + r"\shell\open\command", "")] == f'"{moved}" "%1"'
    assert registry.writes == writes + 2  # the command and the icon


def test_a_refusing_registry_is_logged_not_raised(caplog):
    assert register_url_scheme(EXE, Registry(refuse=True)) is False
    assert "could not register" in caplog.text


def test_every_entry_is_under_the_current_users_classes():
    assert all(key.startswith(SCHEME_KEY) for key, _name, _text in scheme_entries(EXE))
