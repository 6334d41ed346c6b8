"""Devices for tests: inventory rows written straight to the database, members of a company."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from akonet_desktop.server.db import transaction
from akonet_desktop.server.inventory import labels as inventory
from akonet_desktop.server.models import Company, User
from tests.support.api import STRONG_PASSWORD, Api


def bearer(signed: dict) -> dict[str, str]:
    return {"Authorization": f"Bearer {signed['session']['access_token']}"}


def company_id(signed: dict) -> int:
    return signed["company"]["id"]


def add_inventory(api: Api, count: int = 1, model: str = "AKO-16524", **columns) -> list[inventory.Label]:
    """Devices in the inventory (or, with company_id=..., already in a company)."""
    return add_devices(api, [{"model": model, **columns} for _ in range(count)])


def add_devices(api: Api, specs: list[dict]) -> list[inventory.Label]:
    """One device per spec: "model", "serial" and "firmware" for the label, the rest are columns."""
    now = api.ctx.clock.now()
    labels, rows = [], []
    for spec in specs:
        spec = dict(spec)
        label = inventory.new_label(spec.pop("model", "AKO-16524"), spec.pop("serial", ""), spec.pop("firmware", ""))
        if spec.get("company_id") is not None:
            spec.setdefault("activated_at", now)
        labels.append(label)
        rows.append(inventory.device_row(label, now, **spec))
    with transaction(api.ctx.sessions) as session:
        inventory.insert_rows(session, rows)
    # Written past the app: the counts and position marks it keeps a few seconds are out of date.
    for company in {row["company_id"] for row in rows} - {None}:
        api.ctx.device_counts.forget(company)
        api.ctx.position_marks.forget(company)
    return labels


def add_company(api: Api, name: str = "Frío Test") -> int:
    """A bare company, straight in the database (no owner, no sign-in): for service-level tests."""
    with transaction(api.ctx.sessions) as session:
        company = Company(
            name=name,
            country="ES",
            id_type="NIF",
            id_number="B12345678",
            phone="+34912345678",
            created_at=api.ctx.clock.now(),
        )
        session.add(company)
        session.flush()
        return company.id


def add_member(api: Api, of: dict, email: str, role: str) -> dict:
    """A user of the same company as the signed-in `of`, signed in; returns the sign-in body."""
    now: datetime = api.ctx.clock.now()
    password_hash = api.ctx.passwords.hash(STRONG_PASSWORD)
    with transaction(api.ctx.sessions) as session:
        assert session.scalar(select(User.id).where(User.email == email)) is None
        session.add(
            User(
                company_id=company_id(of),
                email=email,
                first_name="Luis",
                last_name="Pérez",
                role=role,
                language="es",
                password_hash=password_hash,
                password_changed_at=now,
                created_at=now,
            )
        )
    r = api.login(email, STRONG_PASSWORD)
    assert r.status_code == 200, r.text
    return r.json()
