"""One page of a site search, asked of Solr in JSON and summarised from its documents.

collective.solr asks for XML, parses it in Python and pads every result with every
stored field of the schema; plone.restapi then summarises each result through its
adapters — for a page of twenty, more Python than Solr's own search. Here the same
Solr query (collective.solr's translation of the catalog query, under the filter the
catalog adds for the current user) is sent with ``wt=json`` for the fields shown, and
the summaries — plone.restapi's keys and values — are made from Solr's documents.
"""

from collections.abc import Sequence
from collective.solr.interfaces import ISearch
from copy import deepcopy
from fmm_extranet.core.cache import catalog_state
from fmm_extranet.core.utils import listing_date
from fmm_extranet.search.direct import published_clause
from fmm_extranet.search.direct import solr_json
from fmm_extranet.search.direct import SolrUnavailable
from fmm_extranet.search.dispatcher import BOOST_LITERAL
from fmm_extranet.search.facets import FACET_FIELDS
from fmm_extranet.search.facets import FACET_LIMIT
from fmm_extranet.search.facets import highlighting
from fmm_extranet.search.facets import type_title
from plone import api
from plone.memoize import ram
from plone.restapi.batching import HypermediaBatch
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.summary import merge_serializer_metadata_utilities_data
from zope.component import adapter
from zope.component import queryUtility
from zope.interface import implementer
from zope.interface import Interface
import json


#: Solr field classes whose values are dates (answered "2026-01-05T10:00:00Z").
DATE_CLASSES = ("solr.DatePointField", "solr.TrieDateField")
#: Fields Solr keeps as JSON text (collective.solr's indexer writes them so).
JSON_FIELDS = ("image_scales",)
#: Summary keys computed from the document rather than read from one field (the
#: accessors of plone.restapi's brain summaries), and the fields they read.
COMPUTED = {
    "@id": lambda doc, page: page.url(doc.get("path_string")),
    "getURL": lambda doc, page: page.url(doc.get("path_string")),
    "getPath": lambda doc, page: doc.get("path_string"),
    "@type": lambda doc, page: doc.get("portal_type"),
    "type_title": lambda doc, page: page.type_title(doc.get("portal_type")),
    "effective": lambda doc, page: listing_effective(doc),
}
COMPUTED_FROM = {"path_string", "portal_type", "effective", "created"}


class SolrDate(str):
    """A date as Solr answers it ("2026-01-05T10:00:00Z"), with the year listing_date reads."""

    def year(self):
        return int(self[:4])


def listing_effective(doc):
    """The date listings show (publications/summary.py): never the unset 1969 one."""
    effective, created = (SolrDate(doc[name]) if doc.get(name) else None for name in ("effective", "created"))
    return utc_iso(listing_date(effective, created))


def utc_iso(value):
    """plone.restapi's JSON of a date Solr answers: "2026-01-05T10:00:00+00:00"."""
    return value.split(".")[0].rstrip("Z") + "+00:00" if value else None


def field_reader(name, field):
    """How a summary reads one stored Solr field: as plone.restapi answers the catalog's
    value (a date in UTC to the second, a list where Solr keeps none, JSON parsed)."""
    if field.class_ in DATE_CLASSES:
        return lambda doc, page: utc_iso(doc.get(name))
    if field.multiValued:
        return lambda doc, page: doc.get(name, [])
    if name in JSON_FIELDS:
        return lambda doc, page: json.loads(doc[name]) if doc.get(name) else None
    return lambda doc, page: doc.get(name)


def solr_schema():
    """Solr's schema as collective.solr reads it (None while Solr cannot tell)."""
    search = queryUtility(ISearch)
    return search.getManager().getSchema() if search is not None else None


def summary_plan(request):
    """The summary plan of the columns ``metadata_fields`` asks: one per set of columns
    and Solr schema, kept while the catalog is unchanged."""
    asked = request.form.get("metadata_fields", [])
    asked = tuple(sorted({asked} if isinstance(asked, str) else set(asked)))
    schema = solr_schema()
    return plan_of(asked, schema) if schema is not None else SummaryPlan(asked, {})


@ram.cache(lambda _function, asked, schema: (catalog_state(), asked, id(schema)))
def plan_of(asked, schema):
    return SummaryPlan(asked, {field.name: field for field in schema.fields})


class SummaryPlan:
    """How plone.restapi's summaries (its default keys and the catalog columns ``asked``)
    are read from Solr's documents (``schema``: {name: field}): false when they cannot be
    (``_all``, or a field Solr does not store)."""

    def __init__(self, asked, schema):
        metadata = merge_serializer_metadata_utilities_data()
        columns = set(api.portal.get_tool("portal_catalog").schema()) | metadata["non_metadata_attributes"]
        keys = metadata["default_metadata_fields"] | (set(asked) & columns)
        keys = {k for k in keys if not k.startswith("_") and k not in metadata["blocklisted_attributes"]}
        self.readers, self.fields = {}, set(COMPUTED_FROM)
        for key in sorted(keys):
            name = metadata["field_accessors"].get(key, key)
            if key in COMPUTED:
                self.readers[key] = COMPUTED[key]
            elif name in schema and schema[name].stored:
                self.readers[key] = field_reader(name, schema[name])
                self.fields.add(name)
            else:
                self.readers = None
                return
        if "_all" in asked:
            self.readers = None

    def __bool__(self):
        return self.readers is not None

    def summaries(self, docs, request):
        """The summary of each of ``docs``, read for ``request``."""
        page = PageReading(request)
        return [{key: read(doc, page) for key, read in self.readers.items()} for doc in docs]


class PageReading:
    """What the summaries of one page share: the request's URLs, each type's title."""

    def __init__(self, request):
        self.url = request.physicalPathToURL
        self.request = request
        self.type_titles = {}

    def type_title(self, portal_type):
        if portal_type not in self.type_titles:
            self.type_titles[portal_type] = type_title(portal_type, self.request)
        return self.type_titles[portal_type]


class ISolrPage(Interface):
    """One page of Solr's answer, at its place among all the matches."""


@implementer(ISolrPage)
class SolrPage(Sequence):
    """Solr's documents of one page, as long as the whole answer (``numFound``):
    positions outside the page read None, as collective.solr's padded results."""

    def __init__(self, answer, start, plan):
        self.plan = plan  # how its summaries are read
        response = answer.get("response", {})
        self.docs = response.get("docs", [])
        self.numFound = response.get("numFound", 0)
        self.start = start
        self.facet_counts = answer.get("facet_counts", {})
        self.highlighting = answer.get("highlighting", {})

    def __len__(self):
        return self.numFound

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        position = (index + len(self) if index < 0 else index) - self.start
        return self.docs[position] if 0 <= position < len(self.docs) else None


def solr_page(catalog, query, plan, boost=None):
    """The page ``query`` asks of the catalog (``b_start``, ``b_size``), with facets and
    highlighting, answered by Solr with the fields of the summary ``plan``;
    SolrUnavailable when it cannot be."""
    search = queryUtility(ISearch)
    if search is None:
        raise SolrUnavailable("no collective.solr search utility")
    args = deepcopy(query)  # collective.solr rewrites the criteria it translates
    args["allowedRolesAndUsers"] = catalog._listAllowedRolesAndUsers(api.user.get_current())
    published_only = not catalog.allow_inactive(args)
    if boost:
        args[BOOST_LITERAL] = {boost}
    terms, params = search.buildQueryAndParameters(**args)
    if not terms:  # a criterion nothing can match (collective.solr answers nothing)
        return SolrPage({}, 0, plan)
    if published_only:  # as the catalog's effectiveRange, cached by Solr
        params["fq"] = [*params.get("fq", ()), published_clause()]
    config = search.getConfig()
    params.update(
        {
            "fl": " ".join(sorted(plan.fields)),
            "facet": "true",
            "facet.field": list(FACET_FIELDS),
            "facet.mincount": 1,
            "facet.limit": FACET_LIMIT,
            "json.nl": "map",  # facet counts as {value: count}
            **highlighting(query.get("SearchableText") or "", config),
            # what collective.solr sends with every search
            "sow": "true",
            "lowercaseOperators": "true",
            "q.op": "AND",
        }
    )
    answer = solr_json(q=" ".join(terms.values()), **params)
    return SolrPage(answer, params.get("start", 0), plan)


@implementer(ISerializeToJson)
@adapter(ISolrPage, Interface)
class SolrPageSerializer:
    """plone.restapi's answer to a search (``@id``, ``items_total``, ``batching``,
    ``items``), each item summarised from its Solr document, objects never loaded."""

    def __init__(self, page, request):
        self.page = page
        self.request = request

    def __call__(self, fullobjects=False):
        batch = HypermediaBatch(self.request, self.page)
        answer = {"@id": batch.canonical_url, "items_total": batch.items_total}
        if batch.links:
            answer["batching"] = batch.links
        answer["items"] = self.page.plan.summaries(batch, self.request)
        return answer
