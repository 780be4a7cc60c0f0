"""Anonymous endpoints accept a few attempts per hour per email and per network address.

Attempts are counted in this process's memory: a restart forgets them, and each
Zope process counts its own (the limit is a brake on floods, not an accounting).
The login brake (``fmm_extranet.sessions.brake``) keeps its counts in the same
limiter, under its own keys and windows.
"""

from fmm_extranet.accounts import setting
from fmm_extranet.core.errors import LimitReached
import threading
import time


class RateLimiter:
    """Moments of events per key, each kept ``window`` seconds (or the key's own window).

    ``attempt`` counts an attempt, or refuses it when a key is at its limit; ``record``,
    ``touch``, ``recent`` and ``forget`` let other brakes keep their own counts here.
    """

    #: Stale moments of every key are dropped at most this often (seconds).
    SWEEP_EVERY = 60

    def __init__(self, window=3600):
        self.window = window
        self._attempts = {}
        self._windows = {}
        self._next_sweep = 0
        self._lock = threading.Lock()

    def attempt(self, keys, limit):
        """Count one attempt for every key, or refuse it when a key is at its limit."""
        moment = time.monotonic()
        with self._lock:
            self._sweep(moment)
            if any(len(self._recent(key, moment)) >= limit for key in keys):
                raise LimitReached()
            for key in keys:
                self._attempts.setdefault(key, []).append(moment)

    def record(self, key, window=None):
        """Count one event for ``key``, kept ``window`` seconds (the limiter's by default)."""
        moment = time.monotonic()
        with self._lock:
            self._sweep(moment)
            self._set_window(key, window)
            self._attempts.setdefault(key, []).append(moment)

    def touch(self, key, window=None):
        """Remember only the latest event of ``key`` (a fact seen again, not a count)."""
        moment = time.monotonic()
        with self._lock:
            self._sweep(moment)
            self._set_window(key, window)
            self._attempts[key] = [moment]

    def recent(self, key):
        """The moments (``time.monotonic()``) of the events of ``key`` still in its window."""
        with self._lock:
            return self._recent(key, time.monotonic())

    def forget(self, key):
        with self._lock:
            self._attempts.pop(key, None)
            self._windows.pop(key, None)

    def clear(self):
        with self._lock:
            self._attempts.clear()
            self._windows.clear()

    def _set_window(self, key, window):
        if window is None or window == self.window:
            self._windows.pop(key, None)
        else:
            self._windows[key] = window

    def _recent(self, key, moment):
        since = moment - self._windows.get(key, self.window)
        return [m for m in self._attempts.get(key, ()) if m > since]

    def _sweep(self, moment):
        if moment < self._next_sweep:
            return
        self._next_sweep = moment + self.SWEEP_EVERY
        for key in list(self._attempts):
            recent = self._recent(key, moment)
            if recent:
                self._attempts[key] = recent
            else:
                del self._attempts[key]
                self._windows.pop(key, None)


LIMITER = RateLimiter()


def limit_attempts(request, email=None):
    """Refuse the request (429) when its address, or the email it is about, asked too often."""
    keys = [f"address:{request.getClientAddr()}"]
    if isinstance(email, str) and email.strip():
        keys.append(f"email:{email.strip().lower()}")
    LIMITER.attempt(keys, setting("rate_limit"))
