"""Send a whole site to Solr: after a Solr outage, a new Solr, or a schema change.

``solr_reindex(site)`` walks the portal catalog and builds every document with
collective.solr's own machinery (``SolrIndexProcessor.index``: the same data, the
same adders, Tika extraction of File items included), exactly as an edit would.
Documents are sent in batches (one HTTP request each) followed by a soft commit,
so searches see the index fill up; a hard commit ends the run. Solr documents
whose UID is no longer in the catalog (content deleted while Solr was down, or a
rolled-back test) are then removed, as ``@@solr-maintenance/sync`` does: the
Solr core belongs to this one site. ``clear=True`` first empties the core, as
``@@solr-maintenance/clear`` (searches then find nothing until the run ends).

Used by backend/scripts/solr_reindex.py, the benchmark and the tests.
"""

from collective.solr.exceptions import SolrConnectionException
from collective.solr.indexer import SolrIndexProcessor
from collective.solr.interfaces import ISolrConnectionManager
from collective.solr.utils import isActive
from dataclasses import dataclass
from http.client import HTTPException
from plone import api
from xml.sax.saxutils import escape
from ZODB.POSException import ConflictError
from zope.component import queryUtility
from zope.component.hooks import getSite
from zope.component.hooks import setSite
import json
import logging
import time
import transaction


logger = logging.getLogger("fmm_extranet.search.reindex")

#: Socket timeout while reindexing (Tika extracting a large PDF can take a while).
TIMEOUT = 300
BATCH_SIZE = 200
#: How many Solr UIDs to read per request when looking for stale documents.
PAGE = 5000


class SolrUnavailable(Exception):
    """Solr is off in the settings, or does not answer."""


@dataclass
class ReindexResult:
    total: int = 0  # catalog entries walked
    indexed: int = 0  # documents Solr accepted
    skipped: int = 0  # not indexable, no data, or a catalog entry without object
    failed: int = 0  # documents Solr refused (see the log)
    removed: int = 0  # stale Solr documents deleted
    cleared: bool = False
    seconds: float = 0.0

    @property
    def rate(self):
        return self.indexed / self.seconds if self.seconds else 0.0

    def summary(self):
        return (
            f"{self.total} catalog entries: {self.indexed} indexed in Solr, "
            f"{self.skipped} skipped, {self.failed} failed, {self.removed} stale "
            f"document(s) removed{' (index cleared first)' if self.cleared else ''}, "
            f"in {self.seconds:.1f} s ({self.rate:.1f} docs/s)"
        )


def solr_reindex(site, clear=False, batch_size=BATCH_SIZE, progress=None):
    """Index every cataloged object of ``site`` in Solr; returns a ``ReindexResult``.

    Writes nothing to the ZODB, and aborts the current transaction before every
    batch so that each batch reads the latest committed state (content edited
    meanwhile is indexed by the edit itself; a long run must not send an older
    version of it afterwards): commit what you changed before calling.
    ``progress(done, total)`` is called after every object. Raises
    ``SolrUnavailable`` when Solr is not active or stops answering.
    """
    previous = getSite()
    transaction.abort()
    setSite(site)
    try:
        return _reindex(site, clear, batch_size, progress or (lambda done, total: None))
    finally:
        transaction.abort()
        setSite(previous)


def _reindex(site, clear, batch_size, progress):
    started = time.monotonic()
    result = ReindexResult(cleared=clear)
    if not isActive():
        raise SolrUnavailable("Solr is not active (registry: collective.solr.active)")
    manager = queryUtility(ISolrConnectionManager)
    manager.closeConnection(clearSchema=True)  # a fresh connection and schema
    schema = manager.getSchema()
    if schema is None:
        raise SolrUnavailable("Solr does not answer (see the log of collective.solr.manager)")
    key = schema.uniqueKey
    conn = manager.getConnection()
    del conn.xmlbody[:]
    manager.setTimeout(TIMEOUT, lock=True)  # index() would set the short index timeout
    processor = SolrIndexProcessor(manager)
    try:
        if clear:
            # *:* is Lucene's deleteAll: the fields' index options reset with the documents,
            # so a schema change (term vectors, offsets) is accepted by the documents sent next
            send(conn, "<delete><query>*:*</query></delete>")
            send(conn, "<commit/>")
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.unrestrictedSearchResults(path="/".join(site.getPhysicalPath()))
        entries = [(brain.getPath(), brain.UID) for brain in brains]
        result.total = len(entries)
        keep = {uid for _, uid in entries}
        pending = []  # (path, xml) of the batch being built
        progress(0, result.total)
        for done, (path, _) in enumerate(entries, 1):
            pending.extend(documents_of(processor, conn, site, path, result))
            if len(pending) >= batch_size:
                send_batch(conn, pending, result)
                send(conn, '<commit softCommit="true"/>')
                transaction.abort()  # a fresh view for the next batch, and a smaller cache
                site._p_jar.cacheGC()
            progress(done, result.total)
        send_batch(conn, pending, result)
        if not clear:
            stale = sorted(solr_uids(conn, key) - keep)
            for start in range(0, len(stale), batch_size):
                ids = "".join(f"<id>{escape(uid)}</id>" for uid in stale[start : start + batch_size])
                send(conn, f"<delete>{ids}</delete>")
            result.removed = len(stale)
        send(conn, "<commit/>")
    finally:
        manager.setTimeout(None, lock=False)
        manager.closeConnection()
    result.seconds = time.monotonic() - started
    logger.info("Solr reindex of %s: %s", site.getId(), result.summary())
    return result


def documents_of(processor, conn, site, path, result):
    """The update requests collective.solr builds for the object at ``path``."""
    obj = site.unrestrictedTraverse(path, None)
    if obj is None:
        logger.warning("%s is in the catalog but not in the site: skipped", path)
        result.skipped += 1
        return []
    first = len(conn.xmlbody)
    try:
        processor.index(obj)  # adds <add><doc>…</doc></add> to conn.xmlbody
    except ConflictError:
        raise
    except Exception:
        logger.exception("%s could not be prepared for Solr", path)
        result.failed += 1
        del conn.xmlbody[first:]
        return []
    built = [(path, xml) for xml in conn.xmlbody[first:]]
    del conn.xmlbody[first:]
    if not built:
        result.skipped += 1
    return built


def send(conn, xml):
    """POST one update request; SolrUnavailable when Solr does not answer."""
    try:
        conn.doSendXML(xml)
    except (OSError, HTTPException) as error:
        raise SolrUnavailable(f"Solr stopped answering: {error!r}") from error


def send_batch(conn, pending, result):
    """Send the batch in one request; if Solr refuses it, document by document."""
    if not pending:
        return
    try:
        send(conn, "<update>" + "".join(xml for _, xml in pending) + "</update>")
        result.indexed += len(pending)
    except SolrConnectionException:
        for path, xml in pending:
            try:
                send(conn, xml)
                result.indexed += 1
            except SolrConnectionException as error:
                logger.error("Solr refused %s: %s", path, error)
                result.failed += 1
    del pending[:]


def solr_uids(conn, key):
    """Every uniqueKey value in the Solr core (cursor paging)."""
    uids, cursor = set(), "*"
    while True:
        try:
            response = conn.search(
                q="*:*", fl=key, sort=f"{key} asc", rows=str(PAGE), cursorMark=cursor, wt="json"
            )
            answer = json.loads(response.read())
        except (OSError, HTTPException) as error:
            raise SolrUnavailable(f"Solr stopped answering: {error!r}") from error
        uids.update(doc[key] for doc in answer["response"]["docs"])
        if answer["nextCursorMark"] == cursor:
            return uids
        cursor = answer["nextCursorMark"]
