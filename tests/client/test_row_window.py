"""RowWindow without Qt: blocks fetched around what is shown, a bounded number kept, fetches
for rows scrolled past cancelled, answers to an older query dropped, cursors sent when the block
before is loaded, refresh. The list is a fake server of numbers (each row's key is its value)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from akonet_desktop.client.errors import ApiFailure, ServerUnreachable
from akonet_desktop.client.row_window import RowWindow
from tests.client.conftest import run


class Keys(list):
    def index_of(self, key) -> int:
        try:
            return self.index(key)
        except ValueError:
            return -1


class FakeList:
    """GET of rows[offset:offset+limit] (or the rows after the cursor's); answers can be held."""

    def __init__(self, count: int, *, cursors: bool = True) -> None:
        self.rows = list(range(count))
        self.cursors = cursors
        self.asked: list[tuple[int, int, str | None]] = []
        self.held: dict[int, asyncio.Event] = {}  # offset -> released when set
        self.cancelled: list[int] = []
        self.refuse_cursors = False
        self.fail = False
        self.ignore_cancel = False  # like a transport that answers all the same

    async def fetch(self, offset: int, limit: int, cursor: str | None):
        self.asked.append((offset, limit, cursor))
        rows = self.rows  # the answer is the list as it was when asked
        try:
            gate = self.held.get(offset)
            await (gate.wait() if gate is not None else asyncio.sleep(0))
        except asyncio.CancelledError:
            self.cancelled.append(offset)
            if not self.ignore_cancel:
                raise
        if self.fail:
            raise ServerUnreachable("simulated")
        if cursor is not None and self.refuse_cursors:
            raise ApiFailure(422, "invalid_cursor", "no")
        start = offset if cursor is None else rows.index(int(cursor.split(":")[1])) + 1
        items = rows[start : start + limit]
        next_cursor = f"after:{items[-1]}" if self.cursors and items else None
        return SimpleNamespace(items=items, total=len(rows), next_cursor=next_cursor)

    def offsets(self) -> list[int]:
        return [offset for offset, _limit, _cursor in self.asked]


class Listener:
    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.busy: list[bool] = []
        self.errors: list = []

    def window_reset(self, apply) -> None:
        apply()
        self.events.append(("reset",))

    def window_resized(self, old, new, apply) -> None:
        apply()
        self.events.append(("resized", old, new))

    def window_block(self, first, old, new, apply) -> None:
        apply()
        self.events.append(("block", first, None if old is None else list(old), list(new)))

    def window_page(self, page) -> None:
        pass

    def window_busy(self, busy) -> None:
        self.busy.append(busy)

    def window_failed(self, error) -> None:
        self.errors.append(error)

    def blocks(self) -> list[int]:
        return [event[1] for event in self.events if event[0] == "block"]


def make(count: int = 2_000, **options):
    server = FakeList(count, cursors=options.pop("cursors", True))
    listener = Listener()
    window = RowWindow(server.fetch, Keys, listener, block_size=100, budget=5, margin=20, **options)
    return window, server, listener


async def started(window: RowWindow) -> None:
    window.reset()
    await window.wait_idle()


def row(window: RowWindow, number: int):
    located = window.locate(number)
    return None if located is None else located[0][located[1]]


def test_the_first_answer_gives_the_row_count_and_rows_come_on_demand():
    async def scenario():
        window, server, listener = make(2_000)
        assert window.total is None and window.locate(0) is None
        await started(window)
        assert window.total == 2_000 and listener.events == [("reset",)]
        assert server.asked == [(0, 100, None)]
        assert row(window, 99) == 99 and window.held == 100
        assert row(window, 1_234) is None  # not loaded: a placeholder, and asked for
        assert row(window, 1_250) is None  # same turn of the loop: one request
        await window.wait_idle()
        assert server.offsets()[1:] == [1_200]
        assert row(window, 1_234) == 1_234 and row(window, 1_250) == 1_250
        assert listener.busy == [True, False, True, False]

    run(scenario())


def test_the_screen_first_then_the_margin_one_block_at_a_time():
    async def scenario():
        window, server, _listener = make(2_000)
        await started(window)
        server.asked.clear()
        window.show(1_190, 1_215)  # two blocks on screen; margin 20 rows reaches 1_170…1_235
        assert window.pending() == [11, 12]  # at once, no margin block yet
        await window.wait_idle()
        assert sorted(server.offsets()) == [1_100, 1_200]
        server.asked.clear()
        window.show(1_285, 1_295)  # the margin (1_265…1_315) reaches the next block
        await window.wait_idle()
        assert server.offsets() == [1_300]
        server.asked.clear()
        window.show(1_330, 1_350)  # everything loaded: nothing asked
        await window.wait_idle()
        assert server.asked == []

    run(scenario())


def test_the_blocks_on_screen_come_in_one_request_where_the_page_size_allows():
    async def scenario():
        window, server, listener = make(2_000, blocks_per_request=2)
        await started(window)
        server.asked.clear()
        listener.events.clear()
        window.show(1_190, 1_215)  # across two blocks: one request for both
        assert window.pending() == [11, 12]
        await window.wait_idle()
        assert server.asked == [(1_100, 200, None)]
        assert listener.blocks() == [1_100, 1_200] and row(window, 1_150) == 1_150 and row(window, 1_250) == 1_250
        assert window.blocks[11].next_cursor is None and window.blocks[12].next_cursor == "after:1299"
        window.show(1_300, 1_320)  # block 13 follows the answer's last block: its cursor
        await window.wait_idle()
        assert server.asked[-1] == (1_300, 100, "after:1299")

        server.held[500] = asyncio.Event()
        window.show(590, 610)  # blocks 5 and 6, held
        await asyncio.sleep(0.01)
        window.show(640, 660)  # still needs block 6: the request goes on
        await asyncio.sleep(0.01)
        assert window.pending() == [5, 6] and server.cancelled == []
        server.held[500].set()
        await window.wait_idle()
        assert row(window, 650) == 650

    run(scenario())


def test_blocks_beyond_the_budget_are_dropped_least_recently_used_first():
    async def scenario():
        window, _server, _listener = make(100_000)
        await started(window)
        for position in (50_000, 90_000, 10_000, 70_000, 30_000, 99_990, 60_000, 20_000):
            window.show(position, position + 25)
            await window.wait_idle()
            assert len(window.blocks) <= window.budget and window.held <= window.budget * 100
            assert row(window, position) == position  # what is on screen stays
        assert 200 in window.blocks and 600 in window.blocks  # the last two shown
        assert 500 not in window.blocks and 900 not in window.blocks  # the oldest went
        row(window, 99_990)  # used again: now the most recent
        window.show(40_000, 40_010)
        await window.wait_idle()
        assert 999 in window.blocks

    run(scenario())


def test_fetches_for_rows_scrolled_past_are_cancelled():
    async def scenario():
        window, server, listener = make(10_000)
        await started(window)
        for offset in (3_000, 5_000):
            server.held[offset] = asyncio.Event()
        window.show(3_010, 3_030)
        await asyncio.sleep(0.01)
        window.show(5_010, 5_030)  # dragged on before the answer came
        await asyncio.sleep(0.01)
        window.show(8_030, 8_050)
        await window.wait_idle()
        assert server.cancelled == [3_000, 5_000] and window.cancelled == 2
        assert listener.blocks() == [8_000]  # nothing applied for the rows passed
        assert 30 not in window.blocks and 50 not in window.blocks and row(window, 8_040) == 8_040

    run(scenario())


def test_while_held_nothing_new_is_fetched_then_what_is_shown_is():
    async def scenario():
        window, server, _listener = make(10_000)
        await started(window)
        server.held[2_000] = asyncio.Event()
        window.show(2_030, 2_050)
        await asyncio.sleep(0.01)
        window.hold()  # the handle is dragged
        for position in (3_030, 5_030, 7_030, 9_030):
            window.show(position, position + 20)
            assert row(window, position) is None
            await asyncio.sleep(0.01)
        assert server.offsets() == [0, 2_000] and server.cancelled == [2_000]  # passed, cancelled
        window.release()  # let go (or rests) at the last one
        await window.wait_idle()
        assert server.offsets() == [0, 2_000, 9_000] and row(window, 9_040) == 9_040

    run(scenario())


def test_an_answer_for_an_older_query_is_never_shown():
    async def scenario():
        window, server, listener = make(1_000)
        await started(window)
        server.ignore_cancel = True  # the answer comes back all the same
        server.held[500] = asyncio.Event()
        window.show(510, 520)
        await asyncio.sleep(0.01)
        server.rows = [n + 10_000 for n in range(300)]  # another sort or filter
        window.reset()
        await asyncio.sleep(0.01)
        server.held[500].set()
        await window.wait_idle()
        assert listener.events[-1] == ("reset",) and listener.blocks() == []
        assert window.total == 300 and list(window.blocks) == [0] and row(window, 0) == 10_000

        # and a first answer overtaken by a newer query's
        server.held[0] = asyncio.Event()
        window.reset()
        await asyncio.sleep(0.01)
        window.reset()
        await asyncio.sleep(0.01)
        server.held[0].set()
        await window.wait_idle()
        assert [event for event in listener.events if event == ("reset",)] == [("reset",)] * 3
        assert window.generation == 4

    run(scenario())


def test_the_block_after_a_loaded_one_is_asked_with_its_cursor():
    async def scenario():
        window, server, _listener = make(1_000)
        await started(window)
        window.show(150, 160)  # block 1 follows the loaded block 0
        await window.wait_idle()
        assert server.asked[-1] == (100, 100, "after:99")
        window.show(750, 760)  # a jump: no block before it
        await window.wait_idle()
        assert server.asked[-1] == (700, 100, None)
        assert row(window, 150) == 150 and row(window, 750) == 750

    run(scenario())


def test_without_cursors_blocks_are_asked_by_offset():
    async def scenario():
        window, server, _listener = make(1_000, cursors=False)  # today's server gives none
        await started(window)
        window.show(150, 160)
        await window.wait_idle()
        assert server.asked[-1] == (100, 100, None)

        window, server, _listener = make(1_000)
        server.refuse_cursors = True  # gives them, then refuses one (say, after a restart)
        await started(window)
        window.show(150, 160)
        await window.wait_idle()
        assert server.asked[-2:] == [(100, 100, "after:99"), (100, 100, None)]
        assert row(window, 150) == 150 and window.error is None

    run(scenario())


def test_refresh_fetches_the_screen_again_and_the_rest_when_shown():
    async def scenario():
        window, server, listener = make(1_000)
        await started(window)
        for position in (320, 620):
            window.show(position, position + 10)
            await window.wait_idle()
        server.rows.insert(0, -1)  # a row added before all the others
        server.asked.clear()
        listener.events.clear()
        window.refresh(620, 630)
        await window.wait_idle()
        assert server.offsets() == [600]
        assert listener.events == [
            ("resized", 1_000, 1_001),
            ("block", 600, list(range(600, 700)), list(range(599, 699))),
        ]
        assert row(window, 350) == 350  # stale, shown as it was until it is shown again
        await window.wait_idle()
        assert server.offsets() == [600, 300]  # asked for by being shown
        assert row(window, 350) == 349

        server.rows = server.rows[:150]  # most devices gone
        window.refresh(0, 10)
        await window.wait_idle()
        assert window.total == 150 and sorted(window.blocks) == [0]  # the others are past the end

    run(scenario())


def test_a_refresh_with_nothing_shown_asks_the_first_block_for_the_count():
    async def scenario():
        window, server, listener = make(0)
        await started(window)
        assert window.total == 0 and not window.blocks
        server.rows = [7]
        window.refresh()
        await window.wait_idle()
        assert window.total == 1 and row(window, 0) == 7
        assert ("resized", 0, 1) in listener.events

    run(scenario())


def test_a_short_page_ends_the_list_whatever_the_count_said():
    async def scenario():
        window, server, _listener = make(1_000)
        await started(window)
        server.rows = server.rows[:850]  # gone between two answers
        window.show(900, 910)
        await window.wait_idle()
        assert window.total == 850 and 9 not in window.blocks
        window.show(840, 849)
        await window.wait_idle()
        assert window.total == 850 and row(window, 849) == 849

    run(scenario())


def test_a_failure_stops_fetching_until_retry():
    async def scenario():
        window, server, listener = make(1_000)
        await started(window)
        server.fail = True
        window.show(500, 510)
        await window.wait_idle()
        assert isinstance(window.error, ServerUnreachable) and listener.errors == [window.error]
        asked = len(server.asked)
        assert row(window, 700) is None
        await window.wait_idle()
        assert len(server.asked) == asked  # no request on its own after a failure
        server.fail = False
        window.retry()
        await window.wait_idle()
        assert window.error is None and listener.errors[-1] is None and row(window, 505) == 505

        server.fail = True
        window.show(800, 810)
        await window.wait_idle()
        error = window.error
        assert error is not None
        window.refresh(800, 810)  # the 30-second refresh tries again, the failure shown meanwhile
        assert window.busy and window.error is error
        server.fail = False
        await window.wait_idle()
        assert window.error is None and row(window, 805) == 805

        server.fail = True
        window.reset()
        await window.wait_idle()
        assert window.error is not None
        server.fail = False
        window.retry()  # the first block failed: asked again
        await window.wait_idle()
        assert window.error is None and listener.events[-1] == ("reset",)

    run(scenario())


@pytest.mark.parametrize("count", [0, 1, 100, 101])
def test_row_counts_at_the_edges(count):
    async def scenario():
        window, _server, _listener = make(count)
        await started(window)
        assert window.total == count
        if count:
            window.show(count - 1, count - 1)
            await window.wait_idle()
            assert row(window, count - 1) == count - 1
        assert row(window, count) is None and window.pending() == []

    run(scenario())
