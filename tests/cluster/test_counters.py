"""The counters of the rate limits and the login brake, in memory and in PostgreSQL
(a real one: the ``postgres`` fixture), through the same RateLimiter."""

from concurrent.futures import ThreadPoolExecutor
from fmm_extranet.accounts.ratelimit import RateLimiter
from fmm_extranet.core import counters
from fmm_extranet.core.errors import LimitReached
import pytest
import time


@pytest.fixture(params=["memory", "postgres"])
def store(request):
    if request.param == "memory":
        yield counters.MemoryCounters()
        return
    store = counters.PostgresCounters(request.getfixturevalue("postgres").dsn())
    store.clear()
    yield store
    store.clear()


def test_an_attempt_beyond_the_limit_is_refused(store):
    limiter = RateLimiter(store=store)
    for _ in range(2):
        limiter.attempt(["address:a", "email:x"], 2)
    with pytest.raises(LimitReached):
        limiter.attempt(["address:b", "email:x"], 2)
    limiter.attempt(["address:b", "email:y"], 2)  # the refused attempt counted nothing
    assert len(limiter.recent("address:b")) == 1


def test_events_expire_with_their_window(store):
    limiter = RateLimiter(window=2, store=store)
    limiter.record("login-failed:account:x")
    limiter.record("login-failed:account:x", window=60)
    assert len(limiter.recent("login-failed:account:x")) == 2
    time.sleep(2.1)
    assert len(limiter.recent("login-failed:account:x")) == 1


def test_touch_keeps_the_latest_event_and_forget_drops_them(store):
    limiter = RateLimiter(store=store)
    for _ in range(3):
        limiter.touch("login-usual:x|client")
    assert len(limiter.recent("login-usual:x|client")) == 1
    limiter.forget("login-usual:x|client")
    assert limiter.recent("login-usual:x|client") == []


def test_concurrent_attempts_never_exceed_the_limit(store):
    """20 threads, two limiters (two processes) on the store: exactly 5 attempts pass."""
    limiters = [RateLimiter(store=store), RateLimiter(store=store)]

    def attempt(index):
        try:
            limiters[index % 2].attempt(["address:crowd"], 5)
        except LimitReached:
            return False
        return True

    with ThreadPoolExecutor(10) as pool:
        assert sum(pool.map(attempt, range(20))) == 5


def test_processes_share_the_counts_in_postgresql(postgres):
    one = RateLimiter(store=counters.PostgresCounters(postgres.dsn()))
    other = RateLimiter(store=counters.PostgresCounters(postgres.dsn()))
    one.clear()
    for _ in range(3):
        one.attempt(["address:shared"], 4)
    other.attempt(["address:shared"], 4)
    with pytest.raises(LimitReached):
        one.attempt(["address:shared"], 4)
    assert len(other.recent("address:shared")) == 4


def test_the_store_is_the_one_zope_conf_names(monkeypatch, postgres):
    config = counters.getConfiguration()
    monkeypatch.setattr(config, "product_config", {}, raising=False)
    assert isinstance(counters.configured_counters(), counters.MemoryCounters)
    config.product_config = {"fmm_extranet": {"counters-dsn": postgres.dsn()}}
    store = counters.configured_counters()
    assert isinstance(store, counters.PostgresCounters)
    assert store.dsn == postgres.dsn()
