"""The Documents tab's query: one page at a time, sorted by the index.

Documents the worker may open are found by their words (inside PDFs too); the
others (« verrouillés ») by their title only, never by their content, and never
when their space is confidential. With Solr, both are one Solr query (the two
branches ORed), sorted by date in the index and asked page by page (``start``,
``rows``): nothing is loaded beyond the page shown. Without Solr, the catalog
answers the two queries, merged lazily by date.
"""

from collective.solr.flare import PloneFlare
from collective.solr.mangler import mangleSearchableText
from collective.solr.queryparser import quote_iterable_item
from collective.solr.utils import getConfig
from datetime import datetime
from fmm_extranet.core.vocabularies import shown_brains
from fmm_extranet.search.direct import solr_json
from fmm_extranet.search.direct import Visibility
from fmm_extranet.search.direct import words_query
from heapq import merge
from itertools import islice
from plone import api


DOCUMENT_TYPES = ("File", "Document")
#: What a page needs of each document.
FIELDS = (
    "UID path_string portal_type Title Description created fmm_group allowedRolesAndUsers effective expires"
)


def solr_date(date):
    return date.toZone("UTC").ISO8601().replace("+00:00", "Z")


def words_clause(words):
    """collective.solr's own full-text clause (search_pattern) for ``words``."""
    mangled = mangleSearchableText(words, getConfig())
    return next(iter(mangled)) if isinstance(mangled, set) else words_query("SearchableText", mangled)


class Documents:
    """What the two sequences share: ``total`` brains read by index (a page, as
    plone.batching asks), each from the subclass's ``brain(index)`` (``read_so_far``:
    those read); the space of a document as the reader may see it."""

    def __init__(self):
        self.total = 0
        self.groups = {}  # UID → what group_of shows of it
        self.site_depth = len(api.portal.get().getPhysicalPath())  # of the folders shown

    def date_of(self, brain):
        """The document's creation date, ISO 8601 in the server's zone."""
        return brain.created.ISO8601()

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.total))]
        if index < 0:
            index += self.total
        if not 0 <= index < self.total:
            raise IndexError(index)
        return self.brain(index)

    def group_of(self, uid):
        """The document's space; a confidential one only for those who may open it,
        even when the document itself was shared with someone outside it. The spaces
        of every document read so far are looked up together (one query a page)."""
        if uid not in self.groups:
            asked = ({brain.fmm_group for brain in self.read_so_far()} | {uid}) - set(self.groups)
            shown = shown_brains(asked)
            for group in asked:
                brain = shown.get(group)
                self.groups[group] = {"@id": brain.getURL(), "title": brain.Title} if brain else None
        return self.groups[uid]


class SolrDocuments(Documents):
    """The matching documents as a sequence Solr fills one page at a time, as brains
    (collective.solr's ``PloneFlare``).

    ``len()`` is Solr's ``numFound``; reading item ``i`` fetches the page of
    ``page_size`` documents starting there (plone.batching reads a page in order).
    """

    def __init__(self, words, created, group, page_size, first=0):
        super().__init__()
        self.page_size = page_size
        visibility = Visibility()
        self.principals = set(visibility.principals)
        self.inactive_ok = visibility.inactive_ok
        openable = visibility.clause() + (f" AND ({words_clause(words)})" if words else "")
        locked = "(+fmm_confidential:false" + (f" {words_query('Title', words)})" if words else ")")
        start, end = created
        filters = [
            "portal_type:(" + " OR ".join(quote_iterable_item(t) for t in DOCUMENT_TYPES) + ")",
            f"created:[{solr_date(start)} TO {solr_date(end)}]",
        ]
        if group:
            filters.append(f"fmm_group:{quote_iterable_item(group)}")
        # documents outside the published minute are locked (as the query's clause)
        self.published = tuple(solr_date(bound) for bound in visibility.minute)
        self.params = {
            "q": f"({openable}) OR {locked}",
            "fq": filters,
            "fl": FIELDS,
            "sort": "created desc, UID asc",
            "q.op": "AND",
            "sow": "true",
            "lowercaseOperators": "true",
        }
        self.docs = {}
        self.fetch(first)

    def fetch(self, start):
        answer = solr_json(**self.params, start=str(start), rows=str(self.page_size))["response"]
        self.total = answer["numFound"]
        for offset, doc in enumerate(answer["docs"]):
            self.docs[start + offset] = PloneFlare({"Title": "", "Description": "", "fmm_group": None, **doc})

    def brain(self, index):
        if index not in self.docs:
            self.fetch(index)
        return self.docs[index]

    def read_so_far(self):
        return self.docs.values()

    def date_of(self, doc):
        """Solr's UTC date in the server's zone, as the catalog's (no DateTime parsed)."""
        created = datetime.fromisoformat(doc["created"].replace("Z", "+00:00"))
        return created.astimezone().isoformat(timespec="seconds")

    def can_open(self, doc):
        if not self.principals & set(doc.get("allowedRolesAndUsers") or ()):
            return False
        if self.inactive_ok:
            return True
        start, end = self.published
        return doc.get("effective", "") <= end and start <= doc.get("expires", "9999")


class CatalogDocuments(Documents):
    """The same sequence from the catalog (Solr is off or down): two sorted queries merged."""

    def __init__(self, words, created, group, page_size):
        super().__init__()
        self.page_size = page_size
        catalog = api.portal.get_tool("portal_catalog")
        query = {
            "portal_type": DOCUMENT_TYPES,
            "created": {"query": created, "range": "min:max"},
            "sort_on": "created",
            "sort_order": "reverse",
        }
        if group:
            query["fmm_group"] = group
        self.openable = catalog.searchResults(**query, **({"SearchableText": words} if words else {}))
        locked_query = {**query, "fmm_confidential": False}
        if words:
            locked_query["Title"] = words
        self.locked = catalog.unrestrictedSearchResults(**locked_query)
        self.open_uids = {brain.UID for brain in self.openable}
        self.total = len(self.open_uids) + sum(1 for b in self.locked if b.UID not in self.open_uids)
        self.read = []  # brains merged so far, newest first
        self.brains = merge(
            self.openable,
            (b for b in self.locked if b.UID not in self.open_uids),
            key=lambda brain: brain.created,
            reverse=True,
        )

    def brain(self, index):
        """The brain at ``index``, the page from it read too (their spaces looked up together)."""
        self.read.extend(islice(self.brains, max(0, index + self.page_size - len(self.read))))
        return self.read[index]

    def read_so_far(self):
        return self.read

    def can_open(self, brain):
        return brain.UID in self.open_uids
