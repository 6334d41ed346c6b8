"""Per-client token buckets for requests that failed at a cost: wrong passwords, refused heartbeats.

The lockout (accounts/lockout.py) counts failures per *address*: it cannot stop one client trying
a new made-up address each time, and each of those tries costs a full argon2 verification (or a
database write for a heartbeat) that real people then queue behind. So each client address also
gets a bucket of `per_minute` failures, refilled continuously at `per_minute` a minute. Only a
failure spends a token; while the bucket is empty the client's requests of that kind are refused
with 429 before any verification or database work, and are counted toward nobody's lockout.

Kept in memory, per server process, on purpose: the check runs before every sign-in and the
whole point is that a refused request costs nothing, so no database round trip on that path.
With `--workers N` a client may therefore fail up to N times the limit (each process has its
buckets); a restart forgets them. Memory is bounded: a bucket that has refilled is the same as
no bucket and is dropped, and past `MAX_CLIENTS` the buckets spent longest ago go first.
"""

from __future__ import annotations

import ipaddress
import math
import threading
from collections import OrderedDict
from collections.abc import Callable

from akonet_desktop.api.errors import ErrorCode
from akonet_desktop.server.errors import ApiError

# ~250 bytes a bucket: a few MiB at most, however many addresses a flood comes from.
MAX_CLIENTS = 20_000
# One person holds a whole IPv6 /64 (SLAAC, privacy addresses): counted as one client, or each
# request could come from a fresh address.
_IPV6_CLIENT_PREFIX = 64


def client_key(address: str) -> str:
    """The bucket of an address: itself for IPv4 (and for names such as "unknown"), its /64 for IPv6."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 4:
        return address
    if ip.ipv4_mapped is not None:  # ::ffff:192.0.2.1 is 192.0.2.1 (a dual-stack socket)
        return str(ip.ipv4_mapped)
    return str(ipaddress.ip_network(f"{ip}/{_IPV6_CLIENT_PREFIX}", strict=False))


class ClientThrottle:
    """`per_minute` failures a client may have in a burst, refilled at `per_minute` a minute.

    Thread-safe: sign-ins run on the hashing threads, heartbeats on the thread pool. `now` is a
    clock in seconds (the server's clock, so that tests move it).
    """

    def __init__(self, per_minute: int, now: Callable[[], float], refusal: str) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0  # tokens a second
        self._now = now
        self._refusal = refusal  # what the 429's message says was refused too often
        self._lock = threading.Lock()
        # client key -> (tokens, when they were counted), least recently spent first
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def _level(self, key: str, now: float) -> float:
        tokens, at = self._buckets.get(key, (self.capacity, now))
        return min(self.capacity, tokens + max(0.0, now - at) * self.rate)

    def retry_after(self, address: str) -> int | None:
        """Seconds until `address` may fail again; None if it may now."""
        now = self._now()
        with self._lock:
            tokens = self._level(client_key(address), now)
        if tokens >= 1.0:
            return None
        return max(1, math.ceil((1.0 - tokens) / self.rate))

    def check(self, address: str) -> None:
        """Raise 429 too_many_requests (with Retry-After) while `address` has no failure left."""
        wait = self.retry_after(address)
        if wait is not None:
            raise ApiError(
                429,
                ErrorCode.TOO_MANY_REQUESTS,
                f"Too many {self._refusal} from your address; try again in {wait} seconds.",
                retry_after=wait,
            )

    def spend(self, address: str) -> None:
        """Count one failure. Failures already past the check when the bucket ran dry still
        count (the level goes below zero, at most by the requests in flight): that client waits
        longer, instead of the overshoot being forgiven."""
        key = client_key(address)
        now = self._now()
        with self._lock:
            self._buckets[key] = (self._level(key, now) - 1.0, now)
            self._buckets.move_to_end(key)
            self._evict(now)

    def _evict(self, now: float) -> None:
        buckets = self._buckets
        while buckets:
            oldest = next(iter(buckets))
            if len(buckets) <= MAX_CLIENTS and self._level(oldest, now) < self.capacity:
                return
            del buckets[oldest]  # refilled (as good as absent), or over the cap: spent longest ago
