"""@search with facets and highlighted snippets for full-text queries."""

from DateTime.interfaces import DateTimeError
from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import INVALID_REQUEST
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.services import JsonService
from fmm_extranet.search.facets import catalog_facets
from fmm_extranet.search.facets import FACET_FIELDS
from fmm_extranet.search.facets import snippets
from fmm_extranet.search.facets import solr_facets
from plone.restapi.batching import DEFAULT_BATCH_SIZE
from plone.restapi.exceptions import QueryParsingError
from plone.restapi.search.handler import SearchHandler
from plone.restapi.search.utils import unflatten_dotted_dict


class RecordingCatalog:
    """Passes queries to the catalog, asking Solr for facets and snippets, and keeps the answer."""

    def __init__(self, catalog):
        self.catalog = catalog
        self.results = None

    def __getattr__(self, name):
        return getattr(self.catalog, name)

    def searchResults(self, **query):
        query.update(facet="true", facet_field=list(FACET_FIELDS), hl="true")
        # Only the batch shown: collective.solr would otherwise fetch (and highlight)
        # every match; it pads the answer so that its length is still the total.
        query.setdefault("b_start", 0)
        query.setdefault("b_size", DEFAULT_BATCH_SIZE)
        self.results = self.catalog.searchResults(**query)
        return self.results

    __call__ = searchResults


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
        if not isinstance(self.request.form.get("SearchableText", ""), str):
            errors = FieldErrors()
            errors.add("SearchableText", _("Search for one text at a time."))
            errors.refuse_if_any()
        query = unflatten_dotted_dict(self.request.form.copy())
        handler = SearchHandler(self.context, self.request)
        if not query.get("SearchableText"):
            return handler.search(query)
        recorder = handler.catalog = RecordingCatalog(handler.catalog)
        metadata = self.request.form.get("metadata_fields", [])
        metadata = [metadata] if isinstance(metadata, str) else list(metadata)
        self.request.form["metadata_fields"] = metadata + ["UID"]
        result = handler.search(query)
        if not isinstance(result, dict) or recorder.results is None:
            return result
        if hasattr(recorder.results, "facet_counts"):
            result["facets"] = solr_facets(recorder.results)
            found = snippets(recorder.results)
            for item in result["items"]:
                item["snippet"] = found.get(item.get("UID"), "")
        else:
            result["facets"] = catalog_facets(recorder.results)
        return result
