"""One network request made from a window: busy while it runs, its failure shown in that window.

In the spirit of Anki's `aqt.operations.CollectionOp`, a request is described, then run:

    device = await (WindowRequest(self, lambda: client.activate_device(body))
                    .failure(self._not_found)
                    .success(self._activated)
                    .run())

What every window did by hand, in one place and one order:
1. busy on: `window.busy = True`, the last failure cleared, the window re-rendered;
2. the call awaited;
3. a 422 with field errors goes to `window.show_field_errors()` (the window knows its fields);
4. any other failure goes to the request's own `failure` handler, if it answers it (a used link
   is shown under its field, say), else to the window's banner with what Retry runs again;
5. busy off and a last render (not for a closed window: its requests were cancelled);
6. on success, the `success` callback, then `run()` returns the result (FAILED after a failure).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Container, Coroutine, Mapping
from typing import Any, Generic, Protocol, TypeVar

from akonet_desktop.client.errors import ApiFailure, ClientError

T = TypeVar("T")
Action = Callable[[], Coroutine[Any, Any, Any]]  # a window's coroutine that makes a request


class RequestWindow(Protocol):
    """What a window offers its requests; TaskDialog implements it."""

    busy: bool  # a request is in flight: nothing can be submitted twice
    closed: bool  # the window closed: its requests were cancelled, nothing more to show

    def show_failure(self, failure: ClientError | None, retry: Action | None = None) -> None:
        """The banner's failure (None: no banner) and what its Retry runs (None: no Retry)."""

    def show_field_errors(self, failure: ApiFailure) -> bool:
        """A 422's field errors onto the window's fields; False if none is the window's."""

    def _render(self) -> None:
        """Every widget from the window's state."""


class _Failed:
    def __repr__(self) -> str:
        return "FAILED"


FAILED: Any = _Failed()  # what run() returns once a failure was shown (a result may be None)


class _EveryCode(Container[str]):
    def __contains__(self, code: object) -> bool:
        return True


EVERY_REFUSAL: Container[str] = _EveryCode()  # WindowRequest.retry(..., refusals=EVERY_REFUSAL)


def field_messages(
    failure: ApiFailure, fields: Collection[str], message: Callable[[str, str, Mapping[str, object]], str]
) -> dict[str, str]:
    """Field -> the first of the server's errors about it, in words; fields the form lacks left out."""
    found: dict[str, str] = {}
    for error in failure.errors:
        if error.field in fields and error.field not in found:
            found[error.field] = message(error.field, error.code, error.params)
    return found


class WindowRequest(Generic[T]):
    def __init__(self, window: RequestWindow, call: Callable[[], Awaitable[T]]) -> None:
        self._window = window
        self._call = call  # called inside the try: what it raises while starting is shown too
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[ClientError], bool] | None = None
        self._retry: Action | None = None
        self._retry_refusals: Container[str] = ()

    def success(self, callback: Callable[[T], object]) -> WindowRequest[T]:
        """Called with the result, once the window is no longer busy."""
        self._on_success = callback
        return self

    def failure(self, handler: Callable[[ClientError], bool]) -> WindowRequest[T]:
        """Sees every failure that is not a field error first; True when it answered it itself,
        so no banner shows. A handler may also act and return False (the banner still shows)."""
        self._on_failure = handler
        return self

    def retry(self, action: Action, *, refusals: Container[str] = ()) -> WindowRequest[T]:
        """What the banner's Retry runs: offered when the network or the server failed, and for
        the refusals (API codes) listed; a refusal such as "email_taken" would only be refused again."""
        self._retry, self._retry_refusals = action, refusals
        return self

    async def run(self) -> T:
        """The call's result, or FAILED once its failure is shown (by the window or the failure handler).
        Cancelled with the window's tasks when it closes: busy ends all the same."""
        window = self._window
        window.busy = True
        window.show_failure(None)
        window._render()
        try:
            result = await self._call()
        except ClientError as error:
            window.busy = False  # what answers the failure (a page change, the focus) sees the window idle
            self._failed(error)
            return FAILED
        finally:
            window.busy = False
            if not window.closed:
                window._render()
        if self._on_success is not None:
            self._on_success(result)
        return result

    def _failed(self, error: ClientError) -> None:
        refused = isinstance(error, ApiFailure)
        if refused and error.status == 422 and error.errors and self._window.show_field_errors(error):
            return
        if self._on_failure is not None and self._on_failure(error):
            return
        retry = self._retry if not refused or error.code in self._retry_refusals else None
        self._window.show_failure(error, retry)
