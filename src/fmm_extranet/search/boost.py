"""A modest, labelled boost for the worker's own groups in the site search.

Relevance comes first: the boost is a small constant added to the score of items
concerning one of the worker's groups (the spaces listing them, their medical
houses and intergroups, their profession's sectoral groups, the thematic areas
they subscribe to). The search can be asked without it (``boost=0``): the
federation wants regions and professions to read each other.
"""

from collective.solr.queryparser import quote_iterable_item
from fmm_extranet.people.workers import worker_of
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
    uids = set()
    for brain in catalog.unrestrictedSearchResults(portal_type="SectoralGroup"):
        group = brain._unrestrictedGetObject()
        if group.profession in functions and group.aq_parent.portal_type != "SectoralGroup":
            uids.add(brain.UID)
    return uids


def own_groups(user_id):
    """UIDs of the group spaces that are the worker's own (empty for others)."""
    catalog = api.portal.get_tool("portal_catalog")
    uids = {brain.UID for brain in catalog.unrestrictedSearchResults(fmm_space_people=user_id)}
    worker = worker_of(user_id)
    if worker is None:
        return uids
    jobs = worker.jobs()
    houses = [house for house in (job.workplace_object() for job in jobs) if house is not None]
    uids.update(house.UID() for house in houses)
    codes = {house.intergroup for house in houses}
    uids.update(
        brain.UID
        for brain in catalog.unrestrictedSearchResults(portal_type="Intergroup")
        if brain._unrestrictedGetObject().code in codes
    )
    functions = {entry.get("function") for job in jobs for entry in job.functions or []}
    if functions:
        uids.update(profession_groups(catalog, functions))
    uids.update(worker.subscriptions or [])
    return uids


def boost_clause(groups):
    """A Solr clause that always matches and adds the boost to items of ``groups``."""
    values = " OR ".join(quote_iterable_item(uid) for uid in sorted(groups))
    return f"+((*:*)^=0 OR fmm_groups:({values})^={OWN_GROUPS_BOOST})"
