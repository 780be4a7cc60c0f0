"""Answer from the portal catalog when Solr is down, instead of failing."""

from collective.solr.dispatcher import SearchDispatcher
from collective.solr.exceptions import SolrException
from http.client import HTTPException

import logging


logger = logging.getLogger("fmm_extranet.search")

#: Query keys that only Solr understands (facets, highlighting).
SOLR_ONLY_KEYS = ("facet", "facet_field", "hl")


def catalog_only(keywords):
    return {k: v for k, v in keywords.items() if k not in SOLR_ONLY_KEYS}


class FallbackSearchDispatcher(SearchDispatcher):
    """collective.solr's dispatcher, degrading to the catalog on Solr errors."""

    def __call__(self, request, **keywords):
        try:
            return super().__call__(request, **keywords)
        except (SolrException, OSError, HTTPException) as error:
            logger.warning("Solr unavailable (%r): answering from the portal catalog", error)
            return self.context._cs_old_searchResults(request, **catalog_only(keywords))
