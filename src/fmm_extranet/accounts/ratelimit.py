"""Anonymous endpoints accept a few attempts per hour per email and per network address.

Attempts are counted in this process's memory: a restart forgets them, and each
Zope process counts its own (the limit is a brake on floods, not an accounting).
"""

from fmm_extranet.accounts import setting
from fmm_extranet.core.errors import LimitReached
import threading
import time


class RateLimiter:
    """At most ``limit`` attempts per key within ``window`` seconds."""

    def __init__(self, window=3600):
        self.window = window
        self._attempts = {}
        self._lock = threading.Lock()

    def attempt(self, keys, limit):
        """Count one attempt for every key, or refuse it when a key is at its limit."""
        moment = time.monotonic()
        with self._lock:
            self._forget_before(moment - self.window)
            if any(len(self._attempts.get(key, ())) >= limit for key in keys):
                raise LimitReached()
            for key in keys:
                self._attempts.setdefault(key, []).append(moment)

    def clear(self):
        with self._lock:
            self._attempts.clear()

    def _forget_before(self, moment):
        for key, moments in list(self._attempts.items()):
            recent = [m for m in moments if m > moment]
            if recent:
                self._attempts[key] = recent
            else:
                del self._attempts[key]


LIMITER = RateLimiter()


def limit_attempts(request, email=None):
    """Refuse the request (429) when its address, or the email it is about, asked too often."""
    keys = [f"address:{request.getClientAddr()}"]
    if isinstance(email, str) and email.strip():
        keys.append(f"email:{email.strip().lower()}")
    LIMITER.attempt(keys, setting("rate_limit"))
