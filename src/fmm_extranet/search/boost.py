"""A modest, labelled boost for the worker's own groups in the site search.

Relevance comes first: the boost is a small constant added to the score of items
concerning one of the worker's groups (the spaces listing them, their medical
houses and intergroups, their profession's sectoral groups, the thematic areas
they subscribe to). The search can be asked without it (``boost=0``): the
federation wants regions and professions to read each other.
"""

from collective.solr.queryparser import quote_iterable_item
from fmm_extranet import FEDERATION
from fmm_extranet.core.cache import until_the_catalog_changes
from fmm_extranet.people.workers import worker_brain
from plone import api


#: Added to the score of an item of one's own groups: less than what 5 occurrences of a
#: word add to 1 (about 2), more than a slightly shorter text (a type weighs 5 to 10).
OWN_GROUPS_BOOST = 1
#: The query parameter turning the boost off, and the values that do.
SWITCH = "boost"
OFF = ("0", "false", "off")
ON = ("1", "true", "on")


def profession_groups(catalog, functions):
    """Main sectoral groups (not local sub-groups) of these professions."""
    groups = catalog.unrestrictedSearchResults(portal_type="SectoralGroup")
    paths = {brain.getPath() for brain in groups}
    return {
        brain.UID
        for brain in catalog.unrestrictedSearchResults(
            portal_type="SectoralGroup", fmm_functions=sorted(functions)
        )
        if brain.getPath().rsplit("/", 1)[0] not in paths
    }


@until_the_catalog_changes
def own_groups(user_id):
    """UIDs of the group spaces that are the worker's own (empty for others), from the
    catalog and kept until it changes: the spaces listing them, their houses, the houses'
    intergroups, their professions' sectoral groups, the themes they subscribe to."""
    catalog = api.portal.get_tool("portal_catalog")
    uids = {brain.UID for brain in catalog.unrestrictedSearchResults(fmm_space_people=user_id)}
    worker = worker_brain(user_id)
    if worker is None:
        return frozenset(uids)

    def entry(index_id):
        """The worker's values in a catalog index, read without loading them."""
        return catalog._catalog.getIndex(index_id).getEntryForObject(worker.getRID(), default=())

    uids.update(uid for uid in entry("fmm_workplaces") if uid != FEDERATION)  # their houses
    codes = entry("fmm_intergroup")
    if codes:
        found = catalog.unrestrictedSearchResults(portal_type="Intergroup", fmm_intergroup=list(codes))
        uids.update(brain.UID for brain in found)
    functions = entry("fmm_functions")
    if functions:
        uids.update(profession_groups(catalog, functions))
    uids.update(worker._unrestrictedGetObject().subscriptions or [])
    return frozenset(uids)


def boost_clause(groups):
    """A Solr clause that always matches and adds the boost to items of ``groups``."""
    values = " OR ".join(quote_iterable_item(uid) for uid in sorted(groups))
    return f"+((*:*)^=0 OR fmm_groups:({values})^={OWN_GROUPS_BOOST})"
