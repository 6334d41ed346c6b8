"""Everything a request needs, built once per server process."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from akonet_desktop.rules import DEFAULT_POLICY, PasswordPolicy
from akonet_desktop.server.accounts.passwords import Passwords
from akonet_desktop.server.client_throttle import ClientThrottle
from akonet_desktop.server.clock import Clock
from akonet_desktop.server.db import make_engine, make_read_session_factory, make_session_factory
from akonet_desktop.server.devices.counts import DeviceCountsCache
from akonet_desktop.server.devices.position_marks import PositionMarks
from akonet_desktop.server.settings import Settings


@dataclass
class ServerContext:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    reads: sessionmaker[Session]  # for work that only reads (db.make_read_session_factory)
    passwords: Passwords
    clock: Clock
    sign_in_throttle: ClientThrottle
    heartbeat_throttle: ClientThrottle
    device_counts: DeviceCountsCache
    position_marks: PositionMarks  # kept as long as the counts, which the jumps are computed against
    policy: PasswordPolicy = DEFAULT_POLICY
    # Set after a transaction that queued mail commits, so the worker wakes at once.
    mail_queued: threading.Event = field(default_factory=threading.Event)
    # Set after a registration left pre-activated devices to join (devices/joining.py).
    devices_waiting: threading.Event = field(default_factory=threading.Event)

    @classmethod
    def create(cls, settings: Settings, clock: Clock | None = None) -> ServerContext:
        engine = make_engine(settings.effective_database_url)
        clock = clock or Clock()

        def seconds() -> float:
            return clock.now().timestamp()

        return cls(
            settings=settings,
            engine=engine,
            sessions=make_session_factory(engine),
            reads=make_read_session_factory(engine),
            passwords=Passwords(settings.argon2_time_cost, settings.argon2_memory_kib, settings.argon2_parallelism),
            clock=clock,
            sign_in_throttle=ClientThrottle(settings.failed_sign_ins_per_client_per_minute, seconds, "failed sign-ins"),
            heartbeat_throttle=ClientThrottle(
                settings.refused_heartbeats_per_client_per_minute, seconds, "refused heartbeats"
            ),
            device_counts=DeviceCountsCache(settings.device_counts_seconds, clock.now),
            position_marks=PositionMarks(settings.device_counts_seconds, clock.now),
        )

    def close(self) -> None:
        self.engine.dispose()
