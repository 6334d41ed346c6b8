"""Wizard navigation as plain data (after Electrum's wizard): pages in order, back edges, field table.

A subclass declares ORDER (submitting a page leads to the next one), BACK (the only ways back),
FIELDS (every field: its page, its name in the draft, its name in the API) and the page where an
emailed link is pasted. Everything else — routing 422 answers to the page that owns the field,
request bodies, link handling, the password checklist — follows from those tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from akonet_desktop.api.links import LinkKind
from akonet_desktop.client.deeplinks import extract_token
from akonet_desktop.rules import DEFAULT_POLICY, FieldError, PasswordPolicy, password_checklist, password_strength

from .form import REQUIRED, Form, as_codes

LINK_FIELD = "link_text"


@dataclass(frozen=True)
class FieldSpec:
    page: StrEnum
    name: str  # attribute of the draft (for a read-only pseudo field: just the key of its errors)
    api: str  # name in request bodies and in 422 answers
    editable: bool = True  # a widget edits it through set()
    sent: bool = True  # part of the page's request body


class Wizard(Form):
    ORDER: ClassVar[tuple[StrEnum, ...]]
    BACK: ClassVar[Mapping[StrEnum, StrEnum]]
    FIELDS: ClassVar[tuple[FieldSpec, ...]]
    LINK_PAGE: ClassVar[StrEnum]
    LINK_KIND: ClassVar[LinkKind]  # the emailed link pasted on LINK_PAGE

    def __init__(self, first: StrEnum, draft: Any, policy: PasswordPolicy = DEFAULT_POLICY) -> None:
        super().__init__()
        self.step = first
        self.draft = draft
        self.policy = policy  # settable: the GUI refreshes it from the server
        self.link_error: str | None = None  # "link_used" / "link_expired" / "link_unknown"

    # --- subclass hooks ------------------------------------------------------------------------

    def _validate(self, page: StrEnum) -> list[FieldError]:
        """Offline errors of page, with API field names (as the rules report them)."""
        return []

    def _personal(self) -> dict[str, str | None]:
        """What the password must not contain, as far as the client knows it."""
        return {}

    def _link_accepted(self) -> None:
        """Called when accept_link() found a usable token."""

    # --- the tables, read ----------------------------------------------------------------------

    def _page(self) -> StrEnum:
        return self.step

    def _holder(self) -> object:
        return self.draft

    def _page_fields(self, page: Any) -> tuple[str, ...]:
        return tuple(s.name for s in self.FIELDS if s.page == page and s.editable)

    def _all_fields(self) -> frozenset[str]:
        return frozenset(s.name for s in self.FIELDS if s.editable)

    def _spec(self, page: StrEnum, api: str) -> FieldSpec | None:
        return next((s for s in self.FIELDS if s.page == page and s.api == api), None)

    def _route(self, api: str) -> FieldSpec | None:
        """The field an API name means: on the current page if it has one ("language"), else the first."""
        return self._spec(self.step, api) or next((s for s in self.FIELDS if s.api == api), None)

    def _resolve(self, field: str) -> str:
        if field in self._page_fields(self.step):
            return field
        spec = self._spec(self.step, field)
        return spec.name if spec else field

    def _body(self, page: StrEnum) -> dict[str, str]:
        return {s.api: getattr(self.draft, s.name) for s in self.FIELDS if s.page == page and s.sent}

    def _offline_errors(self, page: Any) -> list[FieldError]:
        if page == self.LINK_PAGE:
            return self._link_errors()
        renamed = []
        for error in self._validate(page):
            spec = self._spec(page, error.field)
            renamed.append(FieldError(spec.name, error.code, error.params) if spec else error)
        return renamed

    def _link_errors(self) -> list[FieldError]:
        text = getattr(self.draft, LINK_FIELD)
        if not text.strip():
            return [FieldError(LINK_FIELD, REQUIRED)]
        if extract_token(text, self.LINK_KIND) is None:
            return [FieldError(LINK_FIELD, "invalid")]
        return []

    # --- navigation ----------------------------------------------------------------------------

    def submitted(self, step: StrEnum) -> StrEnum:
        """The server accepted page step: advance past it; returns the page now shown."""
        position = self.ORDER.index(step)
        if position + 1 == len(self.ORDER):
            raise ValueError(f"{step} is the last page")
        self._forget_page(step)
        self.busy = False
        self.message_code = None
        self.step = self.ORDER[position + 1]
        return self.step

    def can_go_back(self) -> bool:
        return not self.busy and self.step in self.BACK

    def back(self) -> StrEnum:
        if self.can_go_back():
            self.step = self.BACK[self.step]
            self.message_code = None
        return self.step

    def apply_server_errors(self, codes: Mapping[str, list[str]]) -> StrEnum:
        """A 422: keep the codes and show the earliest page that has one (never a later page)."""
        errors: dict[str, list[str]] = {}
        notices: list[tuple[StrEnum, FieldError]] = []
        pages = [self.step]
        for api, found in codes.items():
            found = as_codes(found)
            if not found:
                continue
            spec = self._route(str(api))
            page = spec.page if spec else self.step
            pages.append(page)
            if spec is not None and spec.editable:
                errors.setdefault(spec.name, []).extend(found)
            else:
                name = spec.name if spec else str(api)
                notices.extend((page, FieldError(name, code)) for code in found)
        self._server_answered(errors, notices)
        self.step = min(pages, key=self.ORDER.index)
        return self.step

    # --- emailed links -------------------------------------------------------------------------

    def _changed(self, field: str) -> None:
        if field == LINK_FIELD:
            self.link_error = None

    def accept_link(self, text: str) -> bool:
        """Take the token from a pasted code or link (also a deep link); True if it is usable."""
        self.set(LINK_FIELD, text)
        token = extract_token(text, self.LINK_KIND)
        if token is None:
            return False
        self.draft.token = token
        self.link_error = None
        self._link_accepted()
        return True

    def link_refused(self, code: str) -> None:
        """The server refused the token (link_used / link_expired / link_unknown): ask for another link."""
        self.busy = False
        self.message_code = None
        self.draft.token = ""
        self.link_error = code
        self.step = self.LINK_PAGE

    # --- the new password ----------------------------------------------------------------------

    def checklist(self) -> dict[str, bool]:
        """Live checklist: each policy rule met, then "match" (a non-empty, equal confirmation)."""
        marks = password_checklist(self.draft.password, self.policy, **self._personal())
        confirmation = self.draft.password_confirmation
        marks["match"] = bool(confirmation) and confirmation == self.draft.password
        return marks

    def strength(self) -> int:
        return password_strength(self.draft.password)
