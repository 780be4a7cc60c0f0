"""GET @search-suggest?q=: titles beginning with the words typed, as one types.

Only titles of what the person may open: the query runs through the catalog, which
adds the security filter, and collective.solr sends it to Solr's ``title_prefix``
field (every beginning of every word of a title). Without Solr, the catalog's Title
index answers with a trailing wildcard. Jobs and Workers are not suggested (people
are found in the directory).
"""

from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.services import JsonService
from fmm_extranet.search.dispatcher import PREFIX_KEY
from fmm_extranet.search.services.search import result_types
from plone import api
from Products.ZCTextIndex.ParseTree import ParseError


#: Fewer letters suggest nothing; more are refused.
MIN_LENGTH = 2
MAX_LENGTH = 100
#: How many titles are suggested.
SIZE = 8


def suggestions(words, size=SIZE):
    """``[{"@id", "@type", "title"}]`` of the most relevant titles ``words`` begin."""
    catalog = api.portal.get_tool("portal_catalog")
    try:
        brains = catalog.searchResults(
            **{PREFIX_KEY: words},
            portal_type=result_types(),
            use_solr=True,
            b_start=0,
            b_size=size,
            fl="UID Title path_string portal_type score",
        )
    except ParseError:  # the catalog (Solr down) cannot read these words: nothing to suggest
        return []
    return [
        {"@id": brain.getURL(), "@type": brain.portal_type, "title": brain.Title}
        for brain in brains[:size]
        if brain is not None
    ]


class SearchSuggestGet(JsonService):
    def reply(self):
        self.route(())
        words = self.request.form.get("q", "")
        errors = FieldErrors()
        if not isinstance(words, str):
            errors.add("q", _("Search for one text at a time."))
        elif len(words) > MAX_LENGTH:
            errors.add("q", _("At most ${max} characters.", mapping={"max": MAX_LENGTH}))
        errors.refuse_if_any()
        words = " ".join(words.split())
        items = suggestions(words) if len(words) >= MIN_LENGTH else []
        return self.listing("@search-suggest", items)
