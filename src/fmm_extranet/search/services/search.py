"""@search with facets, highlighted snippets and authors' names for full-text queries.

The site search (words, or ``use_site_search_settings``) finds content, not people:
Jobs and Workers are left out unless a type is asked for (the directory asks for
Workers). Filters are checked: an unknown type, year or announcement type is refused.
Items of the worker's own groups get a modest boost, labelled ``own_group``
(``boost=off`` turns it off); a search finding little offers ``did_you_mean``.
"""

from collective.solr.utils import isActive
from DateTime.interfaces import DateTimeError
from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import INVALID_REQUEST
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.services import form_values
from fmm_extranet.core.services import JsonService
from fmm_extranet.core.vocabularies import registry_terms
from fmm_extranet.search import boost
from fmm_extranet.search.direct import SolrUnavailable
from fmm_extranet.search.dispatcher import BOOST_KEY
from fmm_extranet.search.facets import author_names
from fmm_extranet.search.facets import catalog_counts
from fmm_extranet.search.facets import FACET_FIELDS
from fmm_extranet.search.facets import FACET_LIMIT
from fmm_extranet.search.facets import labelled
from fmm_extranet.search.facets import snippets
from fmm_extranet.search.facets import solr_counts
from fmm_extranet.search.solr_page import solr_page
from fmm_extranet.search.solr_page import summary_plan
from fmm_extranet.search.spelling import did_you_mean
from fmm_extranet.search.spelling import FEW
from plone import api
from plone.registry.interfaces import IRegistry
from plone.restapi.batching import DEFAULT_BATCH_SIZE
from plone.restapi.exceptions import QueryParsingError
from plone.restapi.search.handler import SearchHandler
from plone.restapi.search.utils import unflatten_dotted_dict
from Products.CMFCore.interfaces import ITypesTool
from zope.component import getUtility
import re


#: Solr parameters that collective.solr takes from a catalog query: this service sets
#: them, a request never does (``core``, ``fq``, ``fl`` or facets of its choosing).
SOLR_PARAMETERS = ("fq", "fl", "facet", "hl", "d", "pt", "sfield", "core", "bq")
SOLR_PREFIXES = ("facet.", "facet_", "hl.")
#: Plone's catalog shows content before its publication date or after its expiry to
#: whoever asks with this: the catalog's own rule (AccessInactivePortalContent) decides.
NOT_FROM_REQUEST = SOLR_PARAMETERS + ("show_inactive",)
#: Found through the directory, not by the site search.
NOT_RESULTS = ("Job", "Worker")
YEAR = re.compile(r"^\d{4}$")


class RecordingCatalog:
    """Passes queries to the catalog, asking Solr for facets and snippets, and keeps the answer.

    When its summaries can be read from Solr's documents (a ``plan``), the page is asked
    of Solr in JSON (search/solr_page.py); otherwise, or when Solr fails, the query goes
    through collective.solr, which falls back to the catalog.
    """

    def __init__(self, catalog, boost=None, plan=None):
        self.catalog = catalog
        self.boost = boost  # a Solr clause adding to the score (search/boost.py)
        self.plan = plan
        self.results = None

    def __getattr__(self, name):
        return getattr(self.catalog, name)

    def searchResults(self, **query):
        # Only the batch shown: collective.solr would otherwise fetch (and highlight)
        # every match; it pads the answer so that its length is still the total.
        query.setdefault("b_start", 0)
        query.setdefault("b_size", DEFAULT_BATCH_SIZE)
        # the summaries' columns, read from the request: no criterion (collective.solr
        # logged each search dropping it)
        query.pop("metadata_fields", None)
        if self.plan and isActive():
            try:
                self.results = solr_page(self.catalog, query, self.plan, self.boost)
                return self.results
            except SolrUnavailable:
                pass  # collective.solr tries again, then the catalog answers
        # collective.solr reads each facet parameter as text
        query.update(facet="true", facet_field=list(FACET_FIELDS), facet_limit=str(FACET_LIMIT), hl="true")
        if self.boost:
            query[BOOST_KEY] = self.boost
        self.results = self.catalog.searchResults(**query)
        return self.results

    __call__ = searchResults


def result_types():
    """What the site search finds: the user-friendly types (plone_utils'
    getUserFriendlyTypes: those the search settings do not leave out, their one record
    read), people left out."""
    hidden = {*getUtility(IRegistry)["plone.types_not_searched"], *NOT_RESULTS}
    return [name for name in getUtility(ITypesTool).objectIds() if name not in hidden]


def check_filters(form):
    """A 400 in the one error shape for filter values no item can have."""
    errors = FieldErrors()
    if not isinstance(form.get("SearchableText", ""), str):
        errors.add("SearchableText", _("Search for one text at a time."))
    checks = (  # (parameter, whether a value is valid, the message otherwise)
        ("portal_type", known_type, _("Unknown type of content.")),
        ("fmm_year", YEAR.match, _("A year is written with four digits.")),
        ("fmm_announcement_type", known_announcement_type, _("Unknown announcement type.")),
        ("Creator", bool, INVALID_REQUEST),
        ("fmm_groups", bool, INVALID_REQUEST),
    )
    for name, valid, message in checks:
        if name not in form:
            continue
        values = form_values(form, name)
        if not values or not all(isinstance(v, str) and valid(v) for v in values):
            errors.add(name, message)
    errors.refuse_if_any()


def known_type(value):
    """Whether ``value`` names a type of the site (read only when a search filters by type)."""
    return value in getUtility(ITypesTool).objectIds()


def known_announcement_type(value):
    return value in {token for token, _label in registry_terms("announcement_types")}


class SearchGet(JsonService):
    def reply(self):
        self.route(())
        try:
            return self.search()
        except DateTimeError:  # a date index queried with "31/02/2026"
            raise Refusal(_("Dates must be written YYYY-MM-DD.")) from None
        except (QueryParsingError, ValueError):  # a value the index cannot take ("end=99999-01-01")
            raise Refusal(INVALID_REQUEST) from None

    def search(self):
        form = self.request.form
        check_filters(form)
        query = {
            name: value
            for name, value in unflatten_dotted_dict(form.copy()).items()
            if name not in NOT_FROM_REQUEST and not name.startswith(SOLR_PREFIXES)
        }
        site_search = query.get("SearchableText") or "use_site_search_settings" in query
        if site_search and not query.get("portal_type"):
            query["portal_type"] = result_types()
        elif isinstance(query.get("portal_type"), str):
            # collective.solr reads one "News Item" as two words: always a list
            query["portal_type"] = [query["portal_type"]]
        boost_on = boost_switch(query.pop(boost.SWITCH, None))
        handler = SearchHandler(self.context, self.request)
        if not query.get("SearchableText"):
            return handler.search(query)
        groups = own_groups() if boost_on else set()
        metadata = form.get("metadata_fields", [])
        metadata = [metadata] if isinstance(metadata, str) else list(metadata)
        form["metadata_fields"] = metadata + ["UID", "Creator", "fmm_groups"]
        plan = None if "fullobjects" in form else summary_plan(self.request)
        recorder = RecordingCatalog(handler.catalog, boost.boost_clause(groups) if groups else None, plan)
        handler.catalog = recorder
        result = handler.search(query)
        if not isinstance(result, dict) or recorder.results is None:
            return result
        by_solr = hasattr(recorder.results, "facet_counts")
        if by_solr:
            result["facets"] = labelled(solr_counts(recorder.results))
            found = snippets(recorder.results)
        else:
            result["facets"] = labelled(catalog_counts(recorder.results))
            found = {}
        authors = author_names({item.get("Creator") for item in result["items"]} - {None, ""})
        boosted = groups if by_solr else set()
        result["own_groups_boost"] = bool(boosted)
        for item in result["items"]:
            item["snippet"] = found.get(item.get("UID"), [])
            item["author"] = authors.get(item.get("Creator"))
            item_groups = item.get("fmm_groups") if "fmm_groups" in metadata else item.pop("fmm_groups", None)
            item["own_group"] = bool(boosted & set(item_groups or []))
        if by_solr and result["items_total"] <= FEW:
            result["did_you_mean"] = did_you_mean(query["SearchableText"])
        return result


def boost_switch(value):
    """Whether the own-groups boost is on (the default); 400 for a value that is not a switch."""
    if value is None or value in boost.ON:
        return True
    if value in boost.OFF:
        return False
    errors = FieldErrors()
    errors.add(boost.SWITCH, _("Expected on or off."))
    errors.refuse_if_any()


def own_groups():
    """The signed-in worker's own groups (none for anonymous)."""
    if api.user.is_anonymous():
        return set()
    return boost.own_groups(api.user.get_current().getId())
