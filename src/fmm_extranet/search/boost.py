"""A modest, labelled boost for the worker's own groups in the site search.

Relevance comes first: the boost is a small constant added to the score of items
concerning one of the worker's groups (the spaces listing them, their medical
houses and intergroups, their profession's sectoral groups, the thematic areas
they subscribe to). The search can be asked without it (``boost=0``): the
federation wants regions and professions to read each other.
"""

from collective.solr.queryparser import quote_iterable_item
from fmm_extranet import FEDERATION
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


def own_groups(user_id):
    """UIDs of the group spaces that are the worker's own (empty for others), from the
    catalog: the spaces listing them, their houses, the houses' intergroups, their
    professions' sectoral groups, the themes they subscribe to."""
    catalog = api.portal.get_tool("portal_catalog")
    uids = {brain.UID for brain in catalog.unrestrictedSearchResults(fmm_space_people=user_id)}
    worker = catalog.unrestrictedSearchResults(portal_type="Worker", fmm_user_id=user_id)
    if not worker:
        return uids
    record_id = worker[0].getRID()
    entry = catalog._catalog.getIndex
    houses = [
        uid for uid in entry("fmm_workplaces").getEntryForObject(record_id, default=()) if uid != FEDERATION
    ]
    uids.update(houses)
    codes = entry("fmm_intergroup").getEntryForObject(record_id, default=())
    if codes:
        uids.update(
            b.UID
            for b in catalog.unrestrictedSearchResults(portal_type="Intergroup", fmm_intergroup=list(codes))
        )
    functions = entry("fmm_functions").getEntryForObject(record_id, default=())
    if functions:
        uids.update(profession_groups(catalog, functions))
    uids.update(worker[0]._unrestrictedGetObject().subscriptions or [])
    return uids


def boost_clause(groups):
    """A Solr clause that always matches and adds the boost to items of ``groups``."""
    values = " OR ".join(quote_iterable_item(uid) for uid in sorted(groups))
    return f"+((*:*)^=0 OR fmm_groups:({values})^={OWN_GROUPS_BOOST})"
