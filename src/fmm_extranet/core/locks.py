"""One change at a time to a hot object, in one process or across a cluster: ``exclusive``.

Two transactions changing one object at once conflict, and Zope retries the later one. In
a burst (a newsletter lands and forty people register to one activity within a second)
the same request can lose every retry and answer a 500. ``exclusive(key)`` makes such
requests queue instead: it commits what the request wrote so far, waits for the lock
``key``, then begins a fresh transaction — which reads what the previous holder committed,
so it does not conflict with it — and releases the lock when that transaction ends,
committed or aborted.

The lock lives in this process's memory, or, when zope.conf names ``counters-dsn`` (the
cluster, see ``core.counters``), is a PostgreSQL advisory lock held by every process alike.
"""

from fmm_extranet.core.counters import counters_dsn
from fmm_extranet.core.errors import Busy
import threading
import transaction


#: How long a request waits for a lock before answering 503 (seconds).
WAIT = 30
#: First half of the advisory lock keys of ``exclusive`` (core.counters uses 5115).
LOCK_SPACE = 5116


class MemoryLocks:
    """Locks of this process's threads."""

    def __init__(self):
        self._locks = {}
        self._guard = threading.Lock()

    def acquire(self, key, wait):
        """The function that releases the lock ``key``, or None when it was not free in time."""
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        return lock.release if lock.acquire(timeout=wait) else None


class PostgresLocks:
    """Advisory locks of a PostgreSQL database, one connection per held lock."""

    def __init__(self, dsn):
        from psycopg2.pool import ThreadedConnectionPool  # only a cluster needs psycopg2

        self._pool = ThreadedConnectionPool(0, 16, dsn)

    def acquire(self, key, wait):
        import psycopg2

        connection = self._pool.getconn()
        connection.autocommit = True
        cursor = connection.cursor()
        try:
            cursor.execute("SET statement_timeout = %s", (int(wait * 1000),))
            cursor.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (LOCK_SPACE, key))
        except psycopg2.Error:
            self._pool.putconn(connection, close=True)
            return None

        def release():
            try:
                cursor.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", (LOCK_SPACE, key))
            except psycopg2.Error:  # the session is gone, and its locks with it
                self._pool.putconn(connection, close=True)
            else:
                self._pool.putconn(connection)

        return release


_locks = None
_locks_guard = threading.Lock()


def locks():
    """This process's lock store (chosen at the first use, like the counters)."""
    global _locks
    with _locks_guard:
        if _locks is None:
            dsn = counters_dsn()
            _locks = PostgresLocks(dsn) if dsn else MemoryLocks()
        return _locks


def exclusive(key, wait=None):
    """Go on in a fresh transaction holding the lock ``key`` until it ends; ``Busy`` when
    the lock is not free within ``wait`` seconds (``WAIT``; what the request wrote so far
    stays written)."""
    transaction.commit()
    release = locks().acquire(key, WAIT if wait is None else wait)
    if release is None:
        raise Busy()
    released = []

    def release_once(*_status):
        if not released:
            released.append(True)
            release()

    current = transaction.begin()
    current.addAfterCommitHook(release_once)
    current.addAfterAbortHook(release_once)
