"""MembersModel without a view, on a fake fetch: what the server is asked for each sort, search and
status; users and invitations with the same id are two rows; pages on demand; the person's own row."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from akonet_desktop.api.members import MemberOut, MemberPage
from akonet_desktop.gui.users.model import MEMBER_ROLE, MembersModel
from tests.gui.conftest import run

JOINED = datetime(2026, 11, 25, 10, tzinfo=UTC)


def member(entry: str, number: int, status: str = "active", kind: str = "user") -> MemberOut:
    return MemberOut(
        entry=entry,
        id=number,
        email=f"person{number}.{entry}@frio.es",
        first_name="Ana",
        last_name=f"Ruiz {number}",
        role=kind,
        role_id=7 if kind == "user" else None,
        role_name="Viewer" if kind == "user" else None,
        role_builtin="viewer" if kind == "user" else None,
        status=status,
        last_sign_in_at=JOINED if entry == "user" else None,
        created_at=JOINED,
    )


class FakeUsers:
    """GET /users over a list; records each query."""

    def __init__(self, members: list[MemberOut]) -> None:
        self.members = members
        self.queries: list[dict] = []

    async def fetch(self, *, offset: int, limit: int, **query) -> MemberPage:
        self.queries.append({"offset": offset, "limit": limit, **query})
        items = self.members[offset : offset + limit]
        return MemberPage(items=items, total=len(self.members), offset=offset, limit=limit)


def keys(model: MembersModel) -> list[tuple[str, int]]:
    return [(m.entry, m.id) for m in (model.index(r, 0).data(MEMBER_ROLE) for r in range(model.rowCount()))]


def test_sort_search_and_status_are_asked_of_the_server(loop):
    users = FakeUsers([member("user", 1)])
    model = MembersModel(users.fetch)
    model.sort(MembersModel.EMAIL, Qt.SortOrder.AscendingOrder)
    assert users.queries == []  # nothing asked before the page starts the list
    model.reload()
    run(loop, model.wait_idle())
    model.sort(MembersModel.LAST_SIGN_IN, Qt.SortOrder.DescendingOrder)
    run(loop, model.wait_idle())
    model.set_filter("  ruiz ", "locked")
    run(loop, model.wait_idle())
    model.set_filter("ruiz", "locked")  # the same once trimmed: no request
    run(loop, model.wait_idle())
    assert [(q["sort"], q["order"], q["q"], q["status"]) for q in users.queries] == [
        ("email", "asc", "", None),
        ("last_sign_in_at", "desc", "", None),
        ("last_sign_in_at", "desc", "ruiz", "locked"),
    ]
    assert model.filtered


def test_a_user_and_an_invitation_with_the_same_id_are_two_rows_and_pages_come_on_demand(loop):
    members = [member("user", 1), member("invitation", 1, "invited"), member("user", 2), member("user", 3)]
    model = MembersModel(FakeUsers(members).fetch, page_size=2)
    model.reload()
    run(loop, model.wait_idle())
    assert keys(model) == [("user", 1), ("invitation", 1)] and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    run(loop, model.wait_idle())
    assert keys(model) == [("user", 1), ("invitation", 1), ("user", 2), ("user", 3)]
    assert not model.canFetchMore(QModelIndex())
    assert model.row_of(("invitation", 1)) == 1 and model.row_of(("invitation", 2)) == -1


def test_cells_say_who_what_and_since_when(loop):
    members = [member("user", 1, kind="owner"), member("invitation", 2, "invited"), member("user", 3, "locked")]
    model = MembersModel(FakeUsers(members).fetch, me_id=1)
    model.reload()
    run(loop, model.wait_idle())
    column = lambda c: [model.index(r, c).data() for r in range(3)]  # noqa: E731
    assert column(MembersModel.NAME) == ["Ana Ruiz 1 (you)", "Ana Ruiz 2", "Ana Ruiz 3"]
    assert column(MembersModel.POSITION) == ["Owner", "User · Viewer", "User · Viewer"]
    assert column(MembersModel.STATUS) == ["Active", "Invited", "Locked"]
    assert column(MembersModel.LAST_SIGN_IN)[1] == ""  # an invitation never signed in
    assert model.index(0, MembersModel.NAME).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, MembersModel.NAME).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(2, MembersModel.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    tooltip = model.index(1, MembersModel.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Invited: has not accepted the invitation yet.\nInvitation sent ")
