"""Plone groups that carry access, computed from a worker's status and jobs."""

from fmm_extranet import FEDERATION
from fmm_extranet.core.vocabularies import registry_terms
from plone import api


ACTIVE_WORKERS = "active_workers"
FEDERATION_STAFF = "federation_staff"
#: Groups whose membership this module owns; any other group is left alone.
COMPUTED_PREFIXES = ("profession_", "mm_", "intergroup_")
COMPUTED_GROUPS = (ACTIVE_WORKERS, FEDERATION_STAFF)
#: Global roles given to a computed group.
GROUP_ROLES = {ACTIVE_WORKERS: ["ActiveWorker"], FEDERATION_STAFF: ["FederationStaff"]}
GROUP_TITLES = {
    ACTIVE_WORKERS: "Travailleur·euse·s actif·ve·s",
    FEDERATION_STAFF: "Équipe de la Fédération",
}


def profession_group(token):
    return f"profession_{token}"


def medical_house_group(house):
    return f"mm_{house.getId()}"


def intergroup_group(code):
    return f"intergroup_{code}"


def is_computed(group_id):
    return group_id in COMPUTED_GROUPS or group_id.startswith(COMPUTED_PREFIXES)


def ensure_group(group_id, title):
    """Create a computed group the first time it is needed."""
    if api.group.get(groupname=group_id) is None:
        api.group.create(groupname=group_id, title=title, roles=GROUP_ROLES.get(group_id, []))


def ensure_base_groups():
    """The groups every site has: all active workers, staff, professions, intergroups."""
    for group_id, title in GROUP_TITLES.items():
        ensure_group(group_id, title)
    for token, label in registry_terms("functions"):
        ensure_group(profession_group(token), f"Profession : {label}")
    for code, label in registry_terms("intergroups"):
        ensure_group(intergroup_group(code), label)


def expected_groups(worker):
    """{group id: title} a worker belongs to, from their status and jobs."""
    if worker.status != "active":
        return {}
    functions = dict(registry_terms("functions"))
    intergroups = dict(registry_terms("intergroups"))
    groups = {ACTIVE_WORKERS: GROUP_TITLES[ACTIVE_WORKERS]}
    for job in worker.jobs():
        for entry in job.functions or []:
            token = entry.get("function")
            groups[profession_group(token)] = f"Profession : {functions.get(token, token)}"
        if job.workplace == FEDERATION:
            groups[FEDERATION_STAFF] = GROUP_TITLES[FEDERATION_STAFF]
            continue
        house = job.workplace_object()
        if house is None:
            continue
        groups[medical_house_group(house)] = house.Title()
        if house.intergroup:
            groups[intergroup_group(house.intergroup)] = intergroups.get(house.intergroup, house.intergroup)
    return groups


def sync_user_groups(user_id, expected):
    """Make the computed groups of ``user_id`` exactly ``expected``."""
    user = api.user.get(userid=user_id)
    if user is None:
        return
    portal_groups = api.portal.get_tool("portal_groups")
    current = {g for g in portal_groups.getGroupsForPrincipal(user) if is_computed(g)}
    for group_id in current - set(expected):
        portal_groups.removePrincipalFromGroup(user_id, group_id)
    for group_id in set(expected) - current:
        ensure_group(group_id, expected[group_id])
        portal_groups.addPrincipalToGroup(user_id, group_id)


def sync_worker_groups(worker):
    if worker.user_id:
        sync_user_groups(worker.user_id, expected_groups(worker))
