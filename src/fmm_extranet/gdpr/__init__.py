"""GDPR: a worker's own data, their objection, and the erasure once they left (or on request).

Objection and erasure requests are sent, listed and answered in ``requests`` (kept in
``store``); while a worker objects (``objected``), ``indexers`` keep them out of the
directory's listings.

Erasure keeps the profile as a trace ("ancien·ne travailleur·euse") without
anything personal: names, email, GSM, photo, job contacts, subscriptions, answers
to registration forms and the account go; the content they created stays,
credited to "ancien·ne travailleur·euse"; their registrations and audit entries
stay under a new, meaningless id.
"""

from Acquisition import aq_base
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import UTC
from fmm_extranet.access.local_roles import own_value
from fmm_extranet.access.local_roles import ROLES_BY_FIELD
from fmm_extranet.accounts import audit
from fmm_extranet.accounts import now
from fmm_extranet.accounts import setting
from fmm_extranet.accounts import tokens
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.accounts.workers import CLOSED_STATUSES
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.accounts.workers import set_status
from fmm_extranet.favourites import favourites
from fmm_extranet.favourites import forget_favourites
from fmm_extranet.gdpr.store import anonymise_requests
from fmm_extranet.gdpr.store import own_summary
from fmm_extranet.gdpr.store import requests_of
from fmm_extranet.people.content import IJob
from fmm_extranet.people.content import IWorker
from fmm_extranet.people.content import JOB_CONTACT_FLAGS
from fmm_extranet.registrations import book_of
from fmm_extranet.registrations import registration_of
from plone import api
from plone.app.discussion.interfaces import IComment
from plone.app.redirector.interfaces import IRedirectionStorage
from plone.restapi.serializer.converters import json_compatible
from zope.component import queryUtility
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
from zope.schema import getFieldsInOrder
import secrets


FORMER_FIRST_NAME = "ancien·ne"
FORMER_LAST_NAME = "travailleur·euse"
FORMER_WORKER = f"{FORMER_FIRST_NAME} {FORMER_LAST_NAME}"
#: Worker fields that an erasure empties.
PERSONAL_FIELDS = ("email", "mobile", "photo", "expertise", "internship_supervisor")
#: In the account record: since when the worker objects to the processing of their data.
OBJECTED = "objected"
#: What a registration to an activity holds.
REGISTRATION_FIELDS = ("state", "registered", "cancelled", "attended", "answers")


def field_values(obj, schema):
    """Every field of ``schema`` on ``obj``, JSON-ready (a photo by its description)."""
    values = {}
    for name, _field in getFieldsInOrder(schema):
        value = getattr(aq_base(obj), name, None)
        if name == "photo" and value is not None:
            value = {
                "filename": value.filename,
                "content-type": value.contentType,
                "size": value.getSize(),
                "download": f"{obj.absolute_url()}/@@images/photo",
            }
        values[name] = json_compatible(value)
    return values


def registered_activities(user_id):
    catalog = api.portal.get_tool("portal_catalog")
    return [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="Activity", fmm_registrants=user_id)
    ]


def registrations_data(user_id):
    items = []
    for activity in registered_activities(user_id):
        registration = registration_of(activity, user_id)
        items.append(
            {
                "activity": {"@id": activity.absolute_url(), "title": activity.Title()},
                **json_compatible({n: getattr(registration, n) for n in REGISTRATION_FIELDS}),
            }
        )
    return items


def personal_data(worker):
    """Everything held about the worker: account, profile, jobs, registrations, audit."""
    acl_users = api.portal.get_tool("acl_users")
    return {
        "account": {
            "user_id": worker.user_id,
            "login": acl_users.source_users.getLoginForUserId(worker.user_id),
            **json_compatible(dict(read_account_record(worker))),
        },
        "profile": {"@id": worker.absolute_url(), **field_values(worker, IWorker)},
        "jobs": [{"@id": job.absolute_url(), **field_values(job, IJob)} for job in worker.jobs()],
        "registrations": registrations_data(worker.user_id),
        "favourites": favourites(worker),
        "audit": list(audit.entries(about=worker.user_id)),
        "gdpr_requests": [own_summary(entry) for entry in requests_of(worker.user_id)],
    }


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
    for brain in catalog.unrestrictedSearchResults(portal_type="Worker", fmm_status=CLOSED_STATUSES):
        worker = brain._unrestrictedGetObject()
        if not read_account_record(worker).get("erased") and closed_since(worker) < limit:
            yield worker


def leave_spaces(user_id):
    """Take ``user_id`` out of every space's coordinators, members and managers."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(fmm_space_people=user_id):
        space = brain._unrestrictedGetObject()
        for field in ROLES_BY_FIELD:
            people = own_value(space, field) or []
            if user_id in people:
                setattr(space, field, [p for p in people if p != user_id])
        notify(ObjectModifiedEvent(space))


def credit_former_worker(user_id):
    """What ``user_id`` created stays, credited to "ancien·ne travailleur·euse"."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(Creator=user_id):
        obj = brain._unrestrictedGetObject()
        if IComment.providedBy(obj):
            obj.creator = obj.author_name = FORMER_WORKER
            obj.author_username = obj.author_email = None
        else:
            obj.setCreators([FORMER_WORKER if c == user_id else c for c in obj.listCreators()])
        obj.reindexObject(idxs=["Creator"])


def forget_registrations(user_id, former_id):
    """Registrations stay (places, attendance) under the new id, without the answers."""
    for activity in registered_activities(user_id):
        book = book_of(activity)
        registration = book.entries.pop(user_id)
        registration.user_id, registration.answers = former_id, {}
        book.entries[former_id] = registration
        book.changed()
        activity.reindexObject(idxs=["fmm_registrants"])


def anonymise(worker):
    """Empty the worker's personal data and give the profile a new, meaningless id.

    Returns the user id of their account, which the caller deletes.
    """
    user_id, former_id = worker.user_id, f"ancien-{secrets.token_hex(6)}"
    leave_spaces(user_id)
    credit_former_worker(user_id)
    for job in worker.jobs():
        for field, flag in JOB_CONTACT_FLAGS.items():
            setattr(job, field, None)
            setattr(job, flag, False)
        job.reindexObject()
    worker.first_name, worker.last_name = FORMER_FIRST_NAME, FORMER_LAST_NAME
    for field in PERSONAL_FIELDS:
        setattr(worker, field, None)
    worker.subscriptions = []
    forget_favourites(worker)
    if worker.status not in CLOSED_STATUSES:
        set_status(worker, "left")
    forget_registrations(user_id, former_id)
    tokens.revoke(user_id)
    audit.anonymise(user_id, former_id)
    anonymise_requests(user_id, former_id)
    record = account_record(worker)
    record.clear()
    record["erased"] = now()
    worker.user_id = former_id
    if worker.getId() == user_id:
        rename_quietly(worker, former_id)
    else:
        notify(ObjectModifiedEvent(worker))
    audit.record("erased", former_id)
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
