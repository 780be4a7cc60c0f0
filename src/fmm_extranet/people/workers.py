"""Create accounts and worker profiles (demo data, staff tools, account requests)."""

from DateTime import DateTime
from fmm_extranet.core.utils import unique_id
from plone import api
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent


#: The transition of the Worker workflow that leads to each status.
TRANSITION_TO_STATUS = {
    "active": "activate",
    "left": "leave",
    "pending": "set_pending",
    "rejected": "reject",
}


def set_status(worker, status, comment=None):
    """Move the profile to ``status`` by its workflow transition, whoever asks.

    The caller decided (a service guarded by its permission); the transition's
    subscribers do the rest (groups, roles, mails, audit). False when already there.
    """
    if worker.status == status:
        return False
    with api.env.adopt_roles(["Manager"]):
        api.portal.get_tool("portal_workflow").doActionFor(
            worker, TRANSITION_TO_STATUS[status], comment=comment or ""
        )
    return True


def start_in(worker, status):
    """A new profile starts in ``status``: its workflow state is set, not reached by a
    transition (nothing was decided: no mail, no audit); groups and roles follow."""
    if worker.status == status:
        return
    workflow_tool = api.portal.get_tool("portal_workflow")
    (workflow,) = workflow_tool.getWorkflowsFor(worker)
    workflow_tool.setStatusOf(
        workflow.getId(),
        worker,
        {
            "review_state": status,
            "action": None,
            "actor": api.user.get_current().getId(),
            "comments": "",
            "time": DateTime(),
        },
    )
    workflow.updateRoleMappingsFor(worker)
    notify(ObjectModifiedEvent(worker))


def create_account(user_id, email, fullname, password):
    """A Plone account that logs in with its email address."""
    acl_users = api.portal.get_tool("acl_users")
    acl_users.source_users.addUser(user_id, email, password)
    member = api.user.get(userid=user_id)
    member.setMemberProperties({"email": email, "fullname": fullname})
    return member


def create_worker(
    container,
    user_id,
    email,
    first_name,
    last_name,
    jobs=(),
    status="active",
    password=None,
    **fields,
):
    """An account (when missing), its Worker profile and its Jobs.

    ``jobs`` is a sequence of ``(workplace, functions)`` where ``functions`` is
    the list stored in ``Job.functions``.
    """
    if api.user.get(userid=user_id) is None:
        create_account(user_id, email, f"{first_name} {last_name}", password)
    worker = api.content.create(
        container=container,
        type="Worker",
        id=user_id,
        first_name=first_name,
        last_name=last_name,
        email=email,
        user_id=user_id,
        **fields,
    )
    start_in(worker, status)
    for workplace, functions in jobs:
        api.content.create(
            container=worker,
            type="Job",
            id=unique_id(worker, "emploi"),
            workplace=workplace,
            functions=functions,
        )
    return worker


def functions(*tokens):
    """``Job.functions`` for plain function tokens."""
    return [{"function": t, "complement": None, "speciality": ""} for t in tokens]


def active_workers(**query):
    """The active workers (loaded unrestricted) that the catalog ``query`` also matches."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Worker", review_state="active", **query):
        yield brain._unrestrictedGetObject()


def worker_brain(user_id):
    """The catalog entry of an account's Worker profile, or None (its index entries
    answer without loading it)."""
    if not user_id:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Worker", fmm_user_id=user_id)
    return brains[0] if brains else None


def worker_of(user_id):
    """The Worker profile of an account, or None."""
    brain = worker_brain(user_id)
    return brain._unrestrictedGetObject() if brain is not None else None
