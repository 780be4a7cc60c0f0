"""The login brake: failed logins slow down further attempts, per account and per client.

After ``ACCOUNT_ALLOWANCE`` failed logins of one account within the hour, the next
attempt on it waits ``FIRST_DELAY`` seconds after the last failure, then twice as long
after each new failure, up to ``LONGEST_DELAY``; the same holds for one client address
after ``CLIENT_ALLOWANCE`` failures, whatever accounts they were on (a medical house's
colleagues may share one address). An attempt that must wait is not checked at all.

So that an attacker cannot keep a victim out, the account's brake does not apply to the
account's usual clients (where it signed in successfully in the last
``USUAL_CLIENT_DAYS`` days), and a successful login clears the account's failures.

The counts live in the rate limiter of the account requests (same store, own keys): in
this process's memory, or in PostgreSQL shared by the processes of a cluster.
"""

from fmm_extranet import _
from fmm_extranet.accounts.ratelimit import LIMITER
from fmm_extranet.core.errors import Refusal
from zope.annotation.interfaces import IAnnotations
import math
import time


ACCOUNT_ALLOWANCE = 5
CLIENT_ALLOWANCE = 20
FIRST_DELAY = 30
LONGEST_DELAY = 15 * 60
USUAL_CLIENT_DAYS = 30

#: What this request already decided or counted, per login (a request may check the
#: same credentials more than once: traversal, then the @login service).
MEMO = "fmm_extranet.sessions.brake"


class LoginBraked(Refusal):
    """429 with Retry-After: the login must wait."""

    status = 429
    kind = "TooManyRequests"

    def __init__(self, seconds):
        super().__init__(braked_message(seconds))
        self.headers = {"Retry-After": str(seconds)}


def braked_message(seconds):
    return _(
        "Too many failed sign-in attempts. Please try again in ${minutes} minute(s).",
        mapping={"minutes": max(1, math.ceil(seconds / 60))},
    )


def account(login):
    return str(login).strip().lower()


def client_of(request):
    return request.getClientAddr() or "unknown"


def _memo(request):
    annotations = IAnnotations(request)
    if MEMO not in annotations:
        annotations[MEMO] = {"wait": {}, "counted": set()}
    return annotations[MEMO]


def _wait(key, allowance, moment):
    failures = LIMITER.recent(key)
    if len(failures) < allowance:
        return 0
    delay = min(FIRST_DELAY * 2 ** (len(failures) - allowance), LONGEST_DELAY)
    return max(0, max(failures) + delay - moment)


def waiting(request, login):
    """Seconds before ``login`` may be tried from this request's client; 0: now.

    Decided once per request, before this request's own attempt counts.
    """
    memo = _memo(request)["wait"]
    name = account(login)
    if name not in memo:
        client = client_of(request)
        moment = time.time()
        wait = _wait(f"login-failed:client:{client}", CLIENT_ALLOWANCE, moment)
        if not LIMITER.recent(f"login-usual:{name}|{client}"):
            wait = max(wait, _wait(f"login-failed:account:{name}", ACCOUNT_ALLOWANCE, moment))
        memo[name] = math.ceil(wait)
    return memo[name]


def check(request, login):
    """Refuse (429) a login that must wait."""
    seconds = waiting(request, login)
    if seconds:
        raise LoginBraked(seconds)


def failed(request, login):
    """Count a failed login of ``login`` from this request's client (once per request)."""
    name = account(login)
    counted = _memo(request)["counted"]
    if name in counted:
        return
    counted.add(name)
    LIMITER.record(f"login-failed:account:{name}")
    LIMITER.record(f"login-failed:client:{client_of(request)}")


def succeeded(request, login):
    """The password was right: the account's failures are cleared, its client is usual."""
    name = account(login)
    counted = _memo(request)["counted"]
    if name in counted:
        return
    counted.add(name)
    LIMITER.forget(f"login-failed:account:{name}")
    LIMITER.touch(f"login-usual:{name}|{client_of(request)}", window=USUAL_CLIENT_DAYS * 24 * 3600)
