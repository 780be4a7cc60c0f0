"""The words of a file, extracted by Solr (Tika) while Plone goes on with its work.

collective.solr's File adder posts each file to Solr Cell (``/update/extract``) and
waits for its text before computing the next item: when a commit indexes many files,
Plone's one core waits while Solr's works, then the reverse. Here the file is posted
from a small pool of threads and Plone goes on indexing; the text is put in the item's
Solr document just before the transaction commits, at the place the document would
have had in collective.solr's list of updates (which it sends after the commit).

That happens only while the indexing queue is processed (``ExtractionDuringCommit``,
one of its processors, opens the list in ``begin``); called otherwise (our reindex,
collective.solr's maintenance views), the adder waits for the text as collective.solr's
does. A file Solr cannot read is indexed without its text, with a warning.
"""

from collective.solr.indexer import DefaultAdder
from concurrent.futures import ThreadPoolExecutor
from lxml import etree
from plone import api
from Products.CMFCore.interfaces import IIndexQueueProcessor
from requests_toolbelt.multipart.encoder import MultipartEncoder
from zope.interface import implementer
import http.client
import logging
import transaction


logger = logging.getLogger("fmm_extranet.search.extraction")

#: Solr extracts with two threads (a 2-core machine: Plone's work goes on meanwhile).
EXTRACTORS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="solr-extract")
#: Key of the transaction's list of documents waiting for their text.
WAITING = object()


def extract(solr, name, payload, content_type):
    """The text Solr Cell finds in ``payload`` ('' when it cannot), asked on a connection
    of its own to the Solr of collective.solr's connection ``solr``."""
    form = MultipartEncoder(
        fields={
            "extractFormat": "text",
            "extractOnly": "true",
            "wt": "xml",
            "myfile": (name, payload, content_type),
        }
    )
    headers = dict(solr.formheaders, **{"Content-Type": form.content_type})
    connection = type(solr.conn)(solr.host, timeout=solr.conn.timeout)
    try:
        connection.request("POST", f"{solr.solrBase}/update/extract", form.to_string(), headers)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise http.client.HTTPException(f"{response.status}: {body[:200]!r}")
        return (etree.fromstring(body).findtext(".//str") or "").strip()
    except (OSError, http.client.HTTPException, etree.XMLSyntaxError) as error:
        logger.warning("Solr could not extract the text of %s: %r", name, error)
        return ""
    finally:
        connection.close()


class Waiting(list):
    """A transaction's documents waiting for their text: (solr, place, future, adder, data)."""

    completed = False

    def complete(self):
        """Add each document to its Solr connection's updates, at its place."""
        self.completed = True
        for solr, place, future, adder, data in reversed(self):
            before = len(solr.xmlbody)
            adder.add(solr, data, future.result())
            if len(solr.xmlbody) > before:
                solr.xmlbody.insert(place, solr.xmlbody.pop())
        del self[:]


def waiting_list():
    """The current transaction's open list, or None outside the indexing queue's work."""
    try:
        waiting = transaction.get().data(WAITING)
    except KeyError:
        return None
    return None if waiting.completed else waiting


@implementer(IIndexQueueProcessor)
class ExtractionDuringCommit:
    """An indexing queue processor that opens the transaction's list of documents waiting
    for their text (a new one if the queue is processed again after it was completed),
    completed by a before-commit hook, which runs after the queue's own."""

    def begin(self):
        if waiting_list() is None:
            waiting, current = Waiting(), transaction.get()
            current.set_data(WAITING, waiting)
            current.addBeforeCommitHook(waiting.complete)

    def index(self, obj, attributes=None):
        pass

    def reindex(self, obj, attributes=None, update_metadata=False):
        pass

    def unindex(self, obj):
        pass

    def commit(self, wait=None):
        pass

    def abort(self):
        pass


class FileTextAdder(DefaultAdder):
    """Indexes an item with the text of its file (``fieldname``) in ``SearchableText``."""

    fieldname = "file"

    def __call__(self, conn, **data):
        blob = getattr(getattr(self.context, self.fieldname, None), "_blob", None)
        if blob is None:
            return self.add(conn, data, None)
        with blob.open() as opened:
            payload = opened.read()
        name = data.get("id") or self.context.getId()
        content_type = data.get("content_type") or "application/octet-stream"
        waiting = waiting_list()
        if waiting is None:
            return self.add(conn, data, extract(conn, name, payload, content_type))
        future = EXTRACTORS.submit(extract, conn, name, payload, content_type)
        waiting.append((conn, len(conn.xmlbody), future, self, data))

    def add(self, conn, data, text):
        """Add the document to ``conn``'s updates, with the file's ``text`` (None: no file)
        in the field collective.solr's setting names."""
        if text is not None:
            field = api.portal.get_registry_record("collective.solr.tika_default_field", default=None)
            field = field or "SearchableText"
            data[field] = self.words(data.get(field) or "", text)
        super().__call__(conn, **data)

    def words(self, own, extracted):
        """What the field holds: the file's words (the item's ``own`` words replaced)."""
        return extracted
