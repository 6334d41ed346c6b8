"""Password hashing: argon2id on a few dedicated threads, with a bounded queue."""

from __future__ import annotations

import asyncio
import os
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

T = TypeVar("T")

# Sign-ins waiting for a hashing thread, per core, before more are refused (about 3 s of
# waiting at 25 ms a hash): a flood of attempts on made-up addresses, which the lockout does not
# stop, must not queue without end in front of the people signing in.
QUEUED_PER_CORE = 128


class HashingBusy(Exception):
    """Too many hashing tasks are already waiting: try again shortly."""


def usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Passwords:
    """argon2id at the configured cost, with a dummy hash so unknown users cost the same.

    Hashes run on a few dedicated threads, one per usable core: more at once would only share
    the cores and hold `memory_kib` each (a flood of sign-ins must not become a flood of 19 MiB
    allocations); and the same threads reuse the same malloc arenas, so each hash does not pay
    for the kernel faulting in 19 MiB of fresh zeroed pages. Work already on one of those
    threads (see `run`) hashes in place.
    """

    def __init__(self, time_cost: int, memory_kib: int, parallelism: int) -> None:
        self._hasher = PasswordHasher(
            time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism, type=Type.ID
        )
        self._on_worker = threading.local()
        cores = usable_cores()
        self._workers = ThreadPoolExecutor(cores, thread_name_prefix="argon2", initializer=self._mark_worker)
        self.queue_limit = QUEUED_PER_CORE * cores
        self._queued = 0  # changed only on the event loop's thread
        self._dummy_hash = self.hash(secrets.token_urlsafe(16))

    def _mark_worker(self) -> None:
        self._on_worker.active = True

    def _call(self, fn: Callable[..., T], *args) -> T:
        if getattr(self._on_worker, "active", False):
            return fn(*args)
        return self._workers.submit(fn, *args).result()

    async def run(self, fn: Callable[[], T]) -> T:
        """Run a whole hashing task (its database work included) on a hashing thread.

        Sign-in is mostly hashing: doing its few queries on the same thread saves a thread
        hop and a GIL hand-over per request, which under load cost more than the queries.
        """
        if self._queued >= self.queue_limit:
            raise HashingBusy()
        self._queued += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._workers, fn)
        finally:
            self._queued -= 1

    def hash(self, password: str) -> str:
        return self._call(self._hasher.hash, _encode(password))

    def verify(self, password_hash: str | None, password: str) -> bool:
        """Constant work whether or not there is a hash to check against."""
        try:
            valid = self._call(self._hasher.verify, password_hash or self._dummy_hash, _encode(password))
            return valid and password_hash is not None
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        return self._hasher.check_needs_rehash(password_hash)


def _encode(password: str) -> bytes:
    # Lone surrogates cannot come from a real keyboard but can come from JSON escapes.
    return password.encode("utf-8", "surrogatepass")
