"""Anonymous endpoints accept a few attempts per hour per email and per network address.

The counts live in ``fmm_extranet.core.counters``: this process's memory by default
(a restart forgets them, the limit is a brake on floods, not an accounting), or
PostgreSQL when the instance is one process of a cluster (every process counts the
same attempts). The login brake (``fmm_extranet.sessions.brake``) keeps its counts in
the same limiter, under its own keys and windows.
"""

from fmm_extranet.accounts import setting
from fmm_extranet.core.counters import configured_counters
from fmm_extranet.core.errors import LimitReached
import threading
import time


class RateLimiter:
    """Moments (``time.time()``) of events per key, each kept ``window`` seconds (or
    the window given when it is recorded), in ``store`` (by default the one zope.conf
    names, chosen at the first use).

    ``attempt`` counts an attempt, or refuses it when a key is at its limit; ``record``,
    ``touch``, ``recent`` and ``forget`` let other brakes keep their own counts here.
    """

    def __init__(self, window=3600, store=None):
        self.window = window
        self._store = store
        self._lock = threading.Lock()

    @property
    def store(self):
        with self._lock:
            if self._store is None:
                self._store = configured_counters()
            return self._store

    def attempt(self, keys, limit):
        """Count one attempt for every key, or refuse it when a key is at its limit."""
        moment = time.time()
        if not self.store.add(keys, moment, moment + self.window, limit=limit):
            raise LimitReached()

    def record(self, key, window=None):
        """Count one event for ``key``, kept ``window`` seconds (the limiter's by default)."""
        moment = time.time()
        self.store.add([key], moment, moment + (window or self.window))

    def touch(self, key, window=None):
        """Remember only the latest event of ``key`` (a fact seen again, not a count)."""
        moment = time.time()
        self.store.add([key], moment, moment + (window or self.window), replace=True)

    def recent(self, key):
        """The moments (``time.time()``) of the events of ``key`` still in their window."""
        return self.store.moments(key, time.time())

    def forget(self, key):
        self.store.forget(key)

    def clear(self):
        self.store.clear()


LIMITER = RateLimiter()


def limit_attempts(request, email=None):
    """Refuse the request (429) when its address, or the email it is about, asked too often."""
    keys = [f"address:{request.getClientAddr()}"]
    if isinstance(email, str) and email.strip():
        keys.append(f"email:{email.strip().lower()}")
    LIMITER.attempt(keys, setting("rate_limit"))
