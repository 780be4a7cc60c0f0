"""Recent events per key (the rate limits, the login brake), in one of two stores.

``MemoryCounters`` (the default) keeps them in this process's memory: a restart
forgets them and each Zope process counts its own. ``PostgresCounters`` keeps them in
a table of PostgreSQL, so that every process of a cluster counts the same events; the
zope.conf of a cluster instance names the database (backend/scripts/make_instance.py
``--relstorage``)::

    <product-config fmm_extranet>
        counters-dsn dbname=zodb host=127.0.0.1 port=5433 user=zodb
    </product-config>

An event is its moment and the moment it expires (``time.time()``: comparable across
processes, unlike ``time.monotonic()``). Both stores have the same two writes and two
reads: ``add`` (optionally refused when a key already holds ``limit`` live events, or
replacing the key's events), ``moments``, ``forget`` and ``clear``.
"""

from App.config import getConfiguration
from contextlib import contextmanager
import threading


#: Expired events are deleted at most this often (seconds).
SWEEP_EVERY = 60


class MemoryCounters:
    """The events of this process only."""

    def __init__(self):
        self._events = {}
        self._next_sweep = 0
        self._lock = threading.Lock()

    def add(self, keys, moment, expires, limit=None, replace=False):
        """Add the event to every key; False (nothing added) when one of them already
        holds ``limit`` live events. ``replace``: the event is the keys' only one."""
        with self._lock:
            self._sweep(moment)
            if limit is not None and any(len(self._live(key, moment)) >= limit for key in keys):
                return False
            for key in keys:
                events = [] if replace else self._events.get(key, [])
                self._events[key] = [*events, (moment, expires)]
            return True

    def moments(self, key, now):
        """The moments of the events of ``key`` not expired at ``now``."""
        with self._lock:
            return self._live(key, now)

    def forget(self, key):
        with self._lock:
            self._events.pop(key, None)

    def clear(self):
        with self._lock:
            self._events.clear()

    def _live(self, key, now):
        return [moment for moment, expires in self._events.get(key, ()) if expires > now]

    def _sweep(self, now):
        if now < self._next_sweep:
            return
        self._next_sweep = now + SWEEP_EVERY
        for key, events in list(self._events.items()):
            live = [event for event in events if event[1] > now]
            if live:
                self._events[key] = live
            else:
                del self._events[key]


#: The table, created on first use (under an advisory lock: processes start together).
SCHEMA = """
CREATE TABLE IF NOT EXISTS fmm_counters (
    key text NOT NULL,
    moment double precision NOT NULL,
    expires double precision NOT NULL
);
CREATE INDEX IF NOT EXISTS fmm_counters_key ON fmm_counters (key, expires);
"""
#: First half of the advisory lock keys of the counters (the second: the key's hash).
LOCK_SPACE = 5115


class PostgresCounters:
    """The events of every process using the database ``dsn``.

    Each write is one transaction holding an advisory lock per key (taken in order, so
    never a deadlock): a limit checked and an event added are one atomic step.
    """

    def __init__(self, dsn):
        self.dsn = dsn
        self._pool = None
        self._next_sweep = 0
        self._lock = threading.Lock()

    def add(self, keys, moment, expires, limit=None, replace=False):
        keys = sorted(set(keys))
        with self._cursor() as cursor:
            for key in keys:
                cursor.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (LOCK_SPACE, key))
            if limit is not None:
                cursor.execute(
                    "SELECT count(*) FROM fmm_counters WHERE key = ANY(%s) AND expires > %s"
                    " GROUP BY key HAVING count(*) >= %s LIMIT 1",
                    (keys, moment, limit),
                )
                if cursor.fetchone():
                    return False
            if replace:
                cursor.execute("DELETE FROM fmm_counters WHERE key = ANY(%s)", (keys,))
            cursor.executemany(
                "INSERT INTO fmm_counters (key, moment, expires) VALUES (%s, %s, %s)",
                [(key, moment, expires) for key in keys],
            )
            if moment >= self._next_sweep:
                self._next_sweep = moment + SWEEP_EVERY
                cursor.execute("DELETE FROM fmm_counters WHERE expires <= %s", (moment,))
            return True

    def moments(self, key, now):
        with self._cursor() as cursor:
            cursor.execute(
                "SELECT moment FROM fmm_counters WHERE key = %s AND expires > %s ORDER BY moment",
                (key, now),
            )
            return [row[0] for row in cursor.fetchall()]

    def forget(self, key):
        with self._cursor() as cursor:
            cursor.execute("DELETE FROM fmm_counters WHERE key = %s", (key,))

    def clear(self):
        with self._cursor() as cursor:
            cursor.execute("DELETE FROM fmm_counters")

    def _connections(self):
        from psycopg2.pool import ThreadedConnectionPool  # only a cluster needs psycopg2

        with self._lock:
            if self._pool is None:
                pool = ThreadedConnectionPool(0, 16, self.dsn)
                connection = pool.getconn()
                with connection, connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s, 0)", (LOCK_SPACE,))
                    cursor.execute(SCHEMA)
                pool.putconn(connection)
                self._pool = pool
            return self._pool

    @contextmanager
    def _cursor(self):
        """A cursor in a transaction of its own (committed, or rolled back on error);
        a broken connection is closed, the next call opens another one."""
        import psycopg2

        pool = self._connections()
        connection = pool.getconn()
        broken = False
        try:
            with connection, connection.cursor() as cursor:
                yield cursor
        except (psycopg2.OperationalError, psycopg2.InterfaceError):
            broken = True
            raise
        finally:
            pool.putconn(connection, close=broken or bool(connection.closed))


def counters_dsn():
    """The PostgreSQL database that zope.conf names for the cluster's shared state, or None."""
    config = (getattr(getConfiguration(), "product_config", None) or {}).get("fmm_extranet") or {}
    return config.get("counters-dsn")


def configured_counters():
    """The store named by zope.conf (``counters-dsn``), else this process's memory."""
    dsn = counters_dsn()
    return PostgresCounters(dsn) if dsn else MemoryCounters()
