"""Keep groups, local roles and ownership in step with content and workers' status."""

from fmm_extranet.access.groups import sync_user_groups
from fmm_extranet.access.groups import sync_worker_groups
from fmm_extranet.access.local_roles import apply_local_roles
from fmm_extranet.access.ownership import assign_owner
from fmm_extranet.people.content import IWorker
from plone import api
from zope.container.interfaces import IContainerModifiedEvent
from zope.lifecycleevent.interfaces import IObjectRemovedEvent


def spaces_listing(user_id):
    catalog = api.portal.get_tool("portal_catalog")
    return [b._unrestrictedGetObject() for b in catalog.unrestrictedSearchResults(fmm_space_people=user_id)]


def refresh_worker_access(worker):
    """Everything a worker's status and jobs decide, recomputed at once."""
    if worker.user_id:
        assign_owner(worker, worker.user_id)
        for job in worker.jobs():
            assign_owner(job, worker.user_id)
    sync_worker_groups(worker)
    worker.reindexObject()
    for space in spaces_listing(worker.user_id):
        apply_local_roles(space)


def worker_changed(worker, event):
    if IContainerModifiedEvent.providedBy(event):
        return  # a Job was added or removed: job_changed does the work
    if IObjectRemovedEvent.providedBy(event):
        if worker.user_id:
            sync_user_groups(worker.user_id, {})
            for space in spaces_listing(worker.user_id):
                apply_local_roles(space)
        return
    refresh_worker_access(worker)


def job_changed(job, event):
    worker = event.oldParent if IObjectRemovedEvent.providedBy(event) else job.__parent__
    if IWorker.providedBy(worker):
        refresh_worker_access(worker)


#: Fields of a space that the index entries of everything inside repeat.
REPEATED_INSIDE = {"title", "confidential"}


def changed_fields(event):
    """Field names a modified event says changed; None when it does not say (all may have)."""
    names = {
        name.rsplit(".", 1)[-1]
        for description in getattr(event, "descriptions", ()) or ()
        for name in getattr(description, "attributes", ())
    }
    return names or None


def space_changed(space, event):
    """Coordinators, members, managers or profession changed: recompute roles.

    The contents of the space are reindexed only when what they repeat of it
    (its title, its confidentiality) may have changed; an item added or removed
    inside changes neither.
    """
    if IContainerModifiedEvent.providedBy(event):
        return
    apply_local_roles(space)
    space.reindexObject(idxs=["fmm_space_people"])
    changed = changed_fields(event)
    if changed is not None and not changed & REPEATED_INSIDE:
        return
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(space.getPhysicalPath())
    for brain in catalog.unrestrictedSearchResults(path=path):
        brain._unrestrictedGetObject().reindexObject(idxs=["fmm_group", "fmm_confidential"])


def medical_house_changed(house, event):
    """Its intergroup or name may have changed: its workers' groups follow."""
    space_changed(house, event)
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Worker", fmm_workplaces=house.UID()):
        sync_worker_groups(brain._unrestrictedGetObject())
