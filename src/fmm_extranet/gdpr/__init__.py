"""GDPR: a worker's own data, their objection, and the erasure once they left (or on request).

Objection and erasure requests are sent, listed and answered in ``requests`` (kept in
``store``); while a worker objects (``objected``), ``indexers`` keep them out of the
directory's listings.

What is held about a worker is each capability's own: every one that keeps some
provides it as a named ``fmm_extranet.core.interfaces.IPersonalData`` utility (in its
``personal_data`` module). ``@my-data`` is their exports, the erasure their erasures,
in their order; this module knows nothing of how they keep it.

Erasure keeps the profile as a trace ("ancien·ne travailleur·euse") without
anything personal: names, email, GSM, photo, job contacts, subscriptions, favourites,
answers to registration forms, sessions and the account go; the content they
created stays, credited to "ancien·ne travailleur·euse"; their registrations, GDPR
requests and audit entries stay under a new, meaningless id.
"""

from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import UTC
from fmm_extranet.accounts import now
from fmm_extranet.accounts import setting
from fmm_extranet.accounts.workers import CLOSED_STATUSES
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.core.interfaces import FORMER_WORKER  # noqa: F401
from fmm_extranet.core.interfaces import IPersonalData
from plone import api
from plone.app.redirector.interfaces import IRedirectionStorage
from zope.component import getUtilitiesFor
from zope.component import queryUtility
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import secrets


#: In the account record: since when the worker objects to the processing of their data.
OBJECTED = "objected"


def providers():
    """(name, provider) of every capability's personal data, in their order."""
    return sorted(getUtilitiesFor(IPersonalData), key=lambda item: (item[1].order, item[0]))


def personal_data(worker):
    """Everything held about the worker: each capability's part, in the providers' order."""
    data = {}
    for _name, provider in providers():
        data.update(provider.export(worker))
    return data


def objected(worker):
    """Whether the worker objects to the processing of their data (GDPR).

    From their objection until an administrator refuses it, they are left out of
    the directory (their profile and jobs are listed only to themselves, the staff
    and the administrators, see ``indexers``); newsletters and digests must leave
    them out too.
    """
    return bool(read_account_record(worker).get(OBJECTED))


def closed_since(worker):
    """When the worker left (their left date, else the move to their current state)."""
    if worker.status == "left" and worker.left_date:
        return datetime.combine(worker.left_date, time.min, tzinfo=UTC)
    workflow_tool = api.portal.get_tool("portal_workflow")
    (workflow,) = workflow_tool.getWorkflowsFor(worker)
    return workflow_tool.getStatusOf(workflow.getId(), worker)["time"].asdatetime()


def departed_workers():
    """Workers who left, or were rejected, longer ago than the retention period."""
    limit = now() - timedelta(days=setting("retention_period"))
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Worker", review_state=CLOSED_STATUSES):
        worker = brain._unrestrictedGetObject()
        if not read_account_record(worker).get("erased") and closed_since(worker) < limit:
            yield worker


def anonymise(worker):
    """Every capability erases its part; the profile gets a new, meaningless id.

    Returns the user id of their account, which the caller deletes.
    """
    user_id, former_id = worker.user_id, f"ancien-{secrets.token_hex(6)}"
    for _name, provider in providers():
        provider.erase(worker, former_id)
    worker.user_id = former_id
    if worker.getId() == user_id:
        rename_quietly(worker, former_id)
    else:
        notify(ObjectModifiedEvent(worker))
    return user_id


def rename_quietly(obj, new_id):
    """Rename ``obj`` without leaving a redirection from its old address."""
    old_path = "/".join(obj.getPhysicalPath())
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.rename(obj=obj, new_id=new_id)
    storage = queryUtility(IRedirectionStorage)
    if storage is not None and storage.has_path(old_path):
        storage.remove(old_path)
    notify(ObjectModifiedEvent(obj))


def erase_workers(workers):
    """Anonymise the workers and delete their accounts (with every local role they held)."""
    user_ids = [anonymise(worker) for worker in workers]
    with api.env.adopt_roles(["Manager"]):
        api.portal.get_tool("portal_membership").deleteMembers(
            user_ids, delete_memberareas=0, delete_localroles=1
        )
