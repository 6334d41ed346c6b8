"""Page state every form model shares: busy, touched fields and the server's last answer.

A form has pages (a wizard step; a single-page form uses None). Subclasses say which fields a
widget edits on each page and what the offline validation finds; this class layers on top what
the user did (touched fields) and what the server said (422 codes, other outcomes).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from akonet_desktop.rules import FieldError

REQUIRED = "required"


def as_codes(found: object) -> list[str]:
    """The codes of one field in a 422 answer; a lone string is one code, not a list of letters."""
    if isinstance(found, str):
        return [found]
    return [str(code) for code in found] if isinstance(found, Iterable) else [str(found)]


class Form:
    def __init__(self) -> None:
        self.busy = False  # a request is in flight: nothing can be submitted twice
        self.message_code: str | None = None  # last non-field outcome: "network", "rate_limited", ...
        self._touched: set[str] = set()
        self._server: dict[str, list[str]] = {}  # editable field -> codes, kept until it is edited
        # Codes no edit can clear (a read-only or unknown field): shown, but never blocking.
        self._notices: list[tuple[Hashable, FieldError]] = []

    # --- what subclasses provide ---------------------------------------------------------------

    def _page(self) -> Hashable:
        return None

    def _page_fields(self, page: Hashable) -> tuple[str, ...]:
        raise NotImplementedError

    def _all_fields(self) -> frozenset[str]:
        raise NotImplementedError

    def _offline_errors(self, page: Hashable) -> list[FieldError]:
        raise NotImplementedError

    def _holder(self) -> object:
        """The object whose attributes the fields are."""
        return self

    def _changed(self, field: str) -> None:
        """Called after the user changed field."""

    def _resolve(self, field: str) -> str:
        """The field name field_errors() looks up (lets wizards accept API names)."""
        return field

    # --- editing -------------------------------------------------------------------------------

    def set(self, field: str, value: str) -> None:
        if field not in self._all_fields():
            raise ValueError(f"{type(self).__name__} has no editable field {field!r}")
        if not isinstance(value, str):
            raise TypeError(f"{field} must be str, not {type(value).__name__}")
        self._touched.add(field)
        # Widgets re-send unchanged values (focus out, rebinding): that is not an edit.
        if getattr(self._holder(), field) == value:
            return
        setattr(self._holder(), field, value)
        self._server.pop(field, None)
        self.message_code = None
        self._changed(field)

    def reveal(self) -> None:
        """Treat every field of the page as touched, so that missing values show (e.g. on a refused submit)."""
        self._touched.update(self._page_fields(self._page()))

    # --- reading -------------------------------------------------------------------------------

    @property
    def server_errors(self) -> dict[str, list[str]]:
        return {field: list(codes) for field, codes in self._server.items()}

    def errors(self, step: Hashable | None = None) -> list[FieldError]:
        """Everything that blocks submitting the page: offline validation, then unanswered server codes."""
        page = self._page() if step is None else step
        found = list(self._offline_errors(page))
        seen = {(e.field, e.code) for e in found}
        for field in self._page_fields(page):
            for code in self._server.get(field, ()):
                if (field, code) not in seen:
                    seen.add((field, code))
                    found.append(FieldError(field, code))
        return found

    def field_errors(self, field: str) -> list[str]:
        """Codes to show under one field of the current page; "required" only once it was touched."""
        field = self._resolve(field)
        if field not in self._page_fields(self._page()):
            return []
        codes = [
            e.code
            for e in self._offline_errors(self._page())
            if e.field == field and (e.code != REQUIRED or field in self._touched)
        ]
        codes += self._server.get(field, [])
        return list(dict.fromkeys(codes))

    def is_valid(self, step: Hashable | None = None) -> bool:
        """Submit/next enabled."""
        return not self.busy and not self.errors(step)

    def notices(self, step: Hashable | None = None) -> list[FieldError]:
        """Server codes for the page that no edit can clear (shown as a banner, not blocking)."""
        page = self._page() if step is None else step
        return [error for where, error in self._notices if where == page]

    # --- outcomes ------------------------------------------------------------------------------

    def failed(self, code: str) -> None:
        """A request ended without field errors (network, rate limit, ...)."""
        self.busy = False
        self.message_code = code

    def _server_answered(self, errors: dict[str, list[str]], notices: list[tuple[Hashable, FieldError]]) -> None:
        """A 422 replaces whatever the server said before."""
        self.busy = False
        self.message_code = None
        self._server = {field: list(codes) for field, codes in errors.items() if codes}
        self._notices = list(notices)

    def _forget_page(self, page: Hashable) -> None:
        """The server accepted the page: what it said about it earlier no longer holds."""
        for field in self._page_fields(page):
            self._server.pop(field, None)
        self._notices = [(where, error) for where, error in self._notices if where != page]
