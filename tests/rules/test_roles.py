"""The permission table: the guide's owner, administrators and users, and nothing else granted."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from akonet_desktop.rules.roles import OWNER_ONLY, Kind, Privilege, can, is_administrator, privileges

privilege_names = st.lists(st.sampled_from([p.value for p in Privilege]) | st.text(max_size=20))


def test_the_owner_may_do_everything():
    assert privileges("owner") == frozenset(Privilege)


def test_administrators_may_do_everything_but_the_company_profile_and_billing():
    assert privileges("admin") == frozenset(Privilege) - {Privilege.EDIT_COMPANY_PROFILE, Privilege.SEE_BILLING}
    assert not can("admin", Privilege.SEE_BILLING)
    assert can("admin", Privilege.ACTIVATE_DEVICE)


def test_a_user_without_a_role_only_looks():
    assert privileges("user") == frozenset()
    assert not can("user", Privilege.ACTIVATE_DEVICE)


def test_a_role_gives_a_user_its_privileges():
    assert privileges("user", ["activate_device"]) == {Privilege.ACTIVATE_DEVICE}
    assert can("user", Privilege.UPDATE_DEVICE_INFO, ["update_device_info", "activate_device"])


@given(privilege_names)
def test_no_role_makes_a_user_owner_like(granted):
    assert not privileges("user", granted) & OWNER_ONLY
    assert privileges("user", granted) <= frozenset(Privilege)


@given(st.text(max_size=20), privilege_names)
def test_an_unknown_kind_may_do_nothing(kind, granted):
    if kind in {k.value for k in Kind}:
        return
    assert privileges(kind, granted) == frozenset()
    assert not is_administrator(kind)


@given(privilege_names)
def test_roles_do_not_change_what_owners_and_administrators_may_do(granted):
    assert privileges("owner", granted) == privileges("owner")
    assert privileges("admin", granted) == privileges("admin")


def test_the_api_spelling_of_each_kind():
    assert [k.value for k in Kind] == ["owner", "admin", "user"]
    assert is_administrator("owner") and is_administrator(Kind.ADMIN) and not is_administrator("user")
