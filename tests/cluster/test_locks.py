"""``core.locks``: one holder at a time per key, in memory and in PostgreSQL (a real one: the
``postgres`` fixture, two stores standing for two processes), held until the transaction ends."""

from concurrent.futures import ThreadPoolExecutor
from fmm_extranet.core import locks
from fmm_extranet.core.errors import Busy
import pytest
import transaction


@pytest.fixture(params=["memory", "postgres"])
def two_processes(request):
    """Two lock stores that must exclude each other (one store twice, in memory)."""
    if request.param == "memory":
        store = locks.MemoryLocks()
        return store, store
    dsn = request.getfixturevalue("postgres").dsn()
    return locks.PostgresLocks(dsn), locks.PostgresLocks(dsn)


@pytest.fixture
def held_in(monkeypatch, two_processes):
    """``exclusive`` of this process uses the first store; the second is another process."""
    monkeypatch.setattr(locks, "_locks", two_processes[0])
    return two_processes[1]


def test_a_held_key_is_refused_to_another_holder_until_released(two_processes):
    first, second = two_processes
    release = first.acquire("registrations:a", 1)
    with ThreadPoolExecutor(1) as pool:  # another thread, as another request would be
        assert pool.submit(second.acquire, "registrations:a", 0.3).result() is None
        other_key = pool.submit(second.acquire, "registrations:b", 0.3).result()
    assert other_key is not None
    other_key()
    release()
    with ThreadPoolExecutor(1) as pool:
        again = pool.submit(second.acquire, "registrations:a", 0.3).result()
    assert again is not None
    again()


@pytest.mark.parametrize("end", [transaction.commit, transaction.abort])
def test_exclusive_holds_the_key_until_the_transaction_ends(held_in, end):
    locks.exclusive("activity:x")
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(held_in.acquire, "activity:x", 0.3).result() is None
        end()
        release = pool.submit(held_in.acquire, "activity:x", 0.3).result()
    assert release is not None
    release()


def test_a_key_not_free_in_time_answers_busy(held_in):
    release = held_in.acquire("activity:y", 1)
    try:
        with ThreadPoolExecutor(1) as pool, pytest.raises(Busy):
            pool.submit(locks.exclusive, "activity:y", 0.3).result()
    finally:
        release()
    transaction.abort()
