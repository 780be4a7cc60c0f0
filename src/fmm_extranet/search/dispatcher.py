"""collective.solr's dispatcher: lean Solr answers, and the catalog when Solr is down."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.solr.dispatcher import SearchDispatcher
from collective.solr.dispatcher import solrSearchResults
from collective.solr.exceptions import FallBackException
from collective.solr.exceptions import SolrException
from collective.solr.interfaces import ISolrConnectionManager
from collective.solr.utils import isActive
from http.client import HTTPException
from plone import api
from zope.component import queryUtility
import logging


logger = logging.getLogger("fmm_extranet.search")

#: Query keys that only Solr understands (facets, highlighting, returned fields, boost).
SOLR_ONLY_KEYS = ("facet", "facet_field", "hl", "fl", "fmm_boost")
#: Our key carrying a literal Solr clause that scores (search/boost.py); collective.solr
#: takes a set as a literal query part, and a key "+field" as a clause on that field.
BOOST_KEY = "fmm_boost"
BOOST_LITERAL = "+fmm_groups"
#: Solr's field of the beginnings of the words of titles; the catalog globs its Title.
PREFIX_KEY = "title_prefix"
#: What results need besides the catalog's metadata columns (see PloneFlare).
FLARE_FIELDS = {"UID", "path_string"}


def whole_site(path, site_path):
    """Whether a ``path`` criterion asks for the whole site at ``site_path`` (as
    plone.restapi's @search does at the site's root): it filters nothing."""
    if isinstance(path, dict):
        if set(path) - {"query", "depth"} or path.get("depth", -1) not in (-1, "-1"):
            return False
        path = path.get("query")
    if isinstance(path, list | tuple) and len(path) == 1:
        path = path[0]
    return isinstance(path, str) and path.rstrip("/") == site_path


def catalog_only(keywords, site_path):
    """The query for the catalog. Facets count every match, so a query asking for
    them gets every match (lazily) rather than the catalog's truncated batch. A path
    criterion of the whole site is left out: ExtendedPathIndex answers it with a new
    set of every item of the catalog (a quarter of a search at the movement's size)."""
    drop = SOLR_ONLY_KEYS + (("b_start", "b_size") if keywords.get("facet") else ())
    query = {k: v for k, v in keywords.items() if k not in drop}
    if whole_site(query.get("path"), site_path):
        del query["path"]
    if PREFIX_KEY in query:
        words = query.pop(PREFIX_KEY).split()
        query["Title"] = " ".join(words[:-1] + [words[-1] + "*"]) if words else ""
    return query


def solr_keywords(keywords):
    """The query for collective.solr: the boost clause as a literal part."""
    boost = keywords.pop(BOOST_KEY, None)
    if boost:
        keywords[BOOST_LITERAL] = {boost}
    return keywords


def for_solr(keywords):
    """Whether collective.solr will send this query to Solr (its ``required`` keys)."""
    required = api.portal.get_registry_record("collective.solr.required", default=None) or ()
    return keywords.get("use_solr") or any(keywords.get(key) for key in required)


def result_fields(catalog):
    """Solr's ``fl``: what a catalog brain holds (the metadata columns), and the score."""
    manager = queryUtility(ISolrConnectionManager)
    schema = manager.getSchema() if manager is not None else None
    if not schema:
        return None
    wanted = set(catalog.schema()) | FLARE_FIELDS
    return " ".join(sorted(set(schema.stored) & wanted) + ["score"])


class FallbackSearchDispatcher(SearchDispatcher):
    """collective.solr's dispatcher, degrading to the catalog on Solr errors.

    Solr is asked only for the fields a catalog brain has: collective.solr's default
    ``fl=* score`` sends back, for every match, the whole text of the PDF and long
    lists (object_provides, allowedRolesAndUsers, path_parents) parsed for nothing.
    Other stored fields still read as ``Missing.Value`` on the results.
    """

    def __call__(self, request, **keywords):
        if isActive():
            try:
                if "fl" not in keywords and for_solr(keywords):
                    fields = result_fields(self.context)
                    if fields:
                        keywords["fl"] = fields
                return solrSearchResults(request, **solr_keywords(dict(keywords)))
            except FallBackException:
                pass  # a query collective.solr leaves to the catalog
            except (SolrException, OSError, HTTPException) as error:
                logger.warning("Solr unavailable (%r): answering from the portal catalog", error)
        site_path = "/".join(aq_parent(aq_inner(self.context)).getPhysicalPath())
        return self.context._cs_old_searchResults(request, **catalog_only(keywords, site_path))
