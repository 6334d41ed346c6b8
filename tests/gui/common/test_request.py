"""WindowRequest in a real dialog: busy while the call runs, 422s on their fields, the banner and its
Retry, the success callback, and a close that cancels. The calls are coroutines that answer as the
API client does (a result, an ApiFailure, a ServerUnreachable), so each outcome is certain."""

from __future__ import annotations

import asyncio
import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout

from akonet_desktop.api.models import FieldErrorOut
from akonet_desktop.client.errors import ApiFailure, ClientError, ServerUnreachable
from akonet_desktop.gui.common.messages import failure_message
from akonet_desktop.gui.common.request import EVERY_REFUSAL, FAILED, WindowRequest, field_messages
from akonet_desktop.gui.common.task_dialog import TaskDialog
from tests.gui.conftest import run, wait_until

FIELDS = ("name", "location")


def refusal(status: int, code: str, **fields: str) -> ApiFailure:
    errors = [
        FieldErrorOut(field=field, code=error, message="English text", params={"max": 100})
        for field, error in fields.items()
    ]
    return ApiFailure(status, code, "Refused.", errors=errors)


class Form(TaskDialog):
    """The least a window has: two fields with their error labels, a banner with Retry, a busy bar."""

    def __init__(self) -> None:
        super().__init__()
        self.renders = 0
        self.field_errors: dict[str, str] = {}
        self.edits = {field: QLineEdit(self) for field in FIELDS}
        self.errors = {field: QLabel(self) for field in FIELDS}
        self.banner = QFrame(self)
        self.banner_label = QLabel(self.banner)
        self.retry_button = QPushButton("Retry", self.banner)
        QVBoxLayout(self.banner).addWidget(self.retry_button)
        self.busy_bar = QProgressBar(self)
        self.submit_button = QPushButton("Save", self)
        layout = QVBoxLayout(self)
        for field in FIELDS:
            layout.addWidget(self.edits[field])
            layout.addWidget(self.errors[field])
        for widget in (self.banner, self.busy_bar, self.submit_button):
            layout.addWidget(widget)
        self.retry_button.clicked.connect(self._retry_clicked)
        self._render()

    def show_field_errors(self, failure: ApiFailure) -> bool:
        self.field_errors = field_messages(failure, FIELDS, lambda field, code, params: f"{field}: {code}")
        return bool(self.field_errors)

    def _render(self) -> None:
        self.renders += 1
        for field, label in self.errors.items():
            label.setText(self.field_errors.get(field, ""))
            label.setVisible(field in self.field_errors)
            self.edits[field].setReadOnly(self.busy)
        self.banner_label.setText(failure_message(self._failure) if self._failure is not None else "")
        self.banner.setVisible(self._failure is not None)
        self.retry_button.setVisible(self._retry is not None)
        self.busy_bar.setVisible(self.busy)
        self.submit_button.setEnabled(not self.busy)


@pytest.fixture
def form(qtbot) -> Form:
    dialog = Form()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answering(*answers):
    """A call that gives the answers in turn (an exception is raised), and counts how often it ran."""
    pending = list(answers)

    async def call():
        call.count += 1
        answer = pending.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    call.count = 0
    return call


def test_busy_while_the_call_runs_then_the_result_to_success(loop, form):
    gate = asyncio.Event()
    seen_while_busy = []
    results = []

    async def call():
        await gate.wait()
        return {"id": 7}

    async def scenario():
        request = asyncio.ensure_future(WindowRequest(form, call).success(results.append).run())
        await asyncio.sleep(0.05)
        seen_while_busy.append(
            (
                form.busy,
                form.busy_bar.isVisible(),
                form.submit_button.isEnabled(),
                form.edits["name"].isReadOnly(),
                results[:],
            )
        )
        gate.set()
        return await request

    assert run(loop, scenario()) == {"id": 7}
    assert seen_while_busy == [(True, True, False, True, [])]  # the callback waits for the answer
    assert results == [{"id": 7}]
    assert not form.busy and not form.busy_bar.isVisible() and form.submit_button.isEnabled()
    assert not form.edits["name"].isReadOnly() and not form.banner.isVisible()


def test_a_422_lands_on_its_fields_without_a_banner(loop, form):
    successes = []
    call = answering(refusal(422, "validation_error", location="too_long", other="invalid"))
    outcome = run(loop, WindowRequest(form, call).success(successes.append).retry(call).run())
    assert outcome is FAILED and successes == []
    assert form.errors["location"].isVisible() and form.errors["location"].text() == "location: too_long"
    assert not form.errors["name"].isVisible()
    assert not form.banner.isVisible() and not form.busy


def test_a_422_about_no_field_of_the_window_goes_to_the_banner(loop, form):
    run(loop, WindowRequest(form, answering(refusal(422, "validation_error", company="required"))).run())
    assert form.field_errors == {}
    assert form.banner.isVisible()
    assert form.banner_label.text() == failure_message(refusal(422, "validation_error"))
    assert not form.retry_button.isVisible()  # the same request would be refused again


def test_a_network_failure_shows_the_banner_and_retry_runs_the_action_again(qtbot, loop, form):
    call = answering(ServerUnreachable("connection refused"), "saved")
    saved = []

    async def save():
        await WindowRequest(form, call).retry(save).success(saved.append).run()

    run(loop, save())
    assert call.count == 1 and saved == []
    assert form.banner.isVisible() and form.retry_button.isVisible()
    assert form.banner_label.text() == failure_message(ServerUnreachable("x"))
    assert not form.busy and form.submit_button.isEnabled()

    qtbot.mouseClick(form.retry_button, Qt.MouseButton.LeftButton)
    wait_until(loop, lambda: form._tasks.pending == 0 and call.count == 2)
    assert saved == ["saved"]
    assert not form.banner.isVisible() and form._failure is None and form._retry is None


def test_retry_is_offered_after_a_refusal_only_when_asked_for(loop, form):
    async def again():
        pass

    run(loop, WindowRequest(form, answering(refusal(429, "rate_limited"))).retry(again).run())
    assert form.banner.isVisible() and not form.retry_button.isVisible()
    waiting_helps = ("rate_limited",)
    run(loop, WindowRequest(form, answering(refusal(429, "rate_limited"))).retry(again, refusals=waiting_helps).run())
    assert form.retry_button.isVisible() and form._retry is again
    run(loop, WindowRequest(form, answering(refusal(409, "email_taken"))).retry(again, refusals=waiting_helps).run())
    assert form.banner_label.text() == failure_message(refusal(409, "email_taken"))
    assert not form.retry_button.isVisible()
    run(loop, WindowRequest(form, answering(refusal(409, "email_taken"))).retry(again, refusals=EVERY_REFUSAL).run())
    assert form.retry_button.isVisible()


def test_a_failure_handler_answers_first_and_the_banner_only_shows_when_it_did_not(loop, form):
    handled: list[ClientError] = []

    def link_refused(error: ClientError) -> bool:
        handled.append(error)
        return isinstance(error, ApiFailure) and error.code == "link_used"

    used = refusal(410, "link_used")
    assert run(loop, WindowRequest(form, answering(used)).failure(link_refused).run()) is FAILED
    assert handled == [used] and not form.banner.isVisible()

    offline = ServerUnreachable("offline")
    run(loop, WindowRequest(form, answering(offline)).failure(link_refused).run())
    assert handled == [used, offline] and form.banner.isVisible()

    # A 422 on a field never reaches the handler: the window's fields come first.
    run(
        loop,
        WindowRequest(form, answering(refusal(422, "validation_error", name="required"))).failure(link_refused).run(),
    )
    assert len(handled) == 2 and form.field_errors == {"name": "name: required"}


def test_a_new_request_clears_the_last_failure_while_it_runs(loop, form):
    run(loop, WindowRequest(form, answering(ServerUnreachable("x"))).run())
    assert form.banner.isVisible()
    banner_while_running = []

    async def call():
        banner_while_running.append(form.banner.isVisible())
        return None

    assert run(loop, WindowRequest(form, call).run()) is None  # None is a result, not a failure
    assert banner_while_running == [False] and not form.banner.isVisible()


def test_a_bug_in_the_call_is_not_shown_as_a_network_failure(loop, form):
    with pytest.raises(KeyError):
        run(loop, WindowRequest(form, answering(KeyError("oops"))).run())
    assert not form.busy and not form.banner.isVisible()  # busy ends all the same


def test_closing_cancels_the_request_and_nothing_renders_after(qtbot, loop, form, caplog):
    started = asyncio.Event()
    successes = []

    async def hang():
        started.set()
        await asyncio.Event().wait()

    async def scenario():
        form._start(lambda: WindowRequest(form, hang).success(successes.append).run())
        await started.wait()
        [task] = list(form._tasks._tasks)
        renders = form.renders
        form.reject()
        await asyncio.wait([task], timeout=5)
        return task, renders

    with caplog.at_level(logging.ERROR):
        task, renders = run(loop, scenario())
    assert task.cancelled() and form._tasks.pending == 0
    assert not form.busy and form.closed and form.renders == renders and successes == []
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    form._start(lambda: WindowRequest(form, answering("late")).run())
    assert form._tasks.pending == 0  # a closed window starts nothing


def test_field_messages_keeps_the_first_error_of_each_known_field():
    failure = refusal(422, "validation_error", name="too_long", nickname="invalid")
    failure.errors.append(FieldErrorOut(field="name", code="required", message="", params={}))
    found = field_messages(failure, FIELDS, lambda field, code, params: f"{field} {code} {params.get('max')}")
    assert found == {"name": "name too_long 100"}
