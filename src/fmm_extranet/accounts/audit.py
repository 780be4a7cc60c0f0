"""The audit log: who did what, when, about whom; kept in the site, read by admins.

Actions: ``account_requested``, ``approved``, ``rejected``, ``invited``,
``activated``, ``password_reset``, ``email_changed``, ``team_member_added``,
``left_team``, ``status_changed``, ``role_granted``, ``role_revoked``, ``erased``.
``about`` is the user id of the worker concerned.
"""

from BTrees.LOBTree import LOBTree
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import UTC
from fmm_extranet.access.local_roles import own_value
from fmm_extranet.access.local_roles import ROLES_BY_FIELD
from fmm_extranet.accounts import now
from fmm_extranet.accounts import site_storage
from persistent.mapping import PersistentMapping
from plone import api


AUDIT_KEY = "fmm_extranet.audit"
#: The fields entries may be filtered on.
CRITERIA = ("about", "actor", "action")
#: On a space: the people of its role-granting fields when last audited.
AUDITED_PEOPLE_ATTR = "_fmm_audited_people"


def audit_log(create=True):
    """Entries keyed by minus their time in microseconds: iterating gives the newest first."""
    return site_storage(AUDIT_KEY, LOBTree, create)


def key_of(moment):
    """The key of an entry made at ``moment``: minus its time in microseconds."""
    return -int(moment.timestamp() * 1_000_000)


def record(action, about, **details):
    """Log ``action`` about the worker ``about``, done by the current user."""
    log = audit_log()
    moment = now()
    key = key_of(moment)
    while key in log:
        key -= 1
    actor = None if api.user.is_anonymous() else api.user.get_current().getId()
    log[key] = {
        "date": moment,
        "actor": actor,
        "action": action,
        "about": about,
        "details": details,
    }


def entries(start=None, end=None, **criteria):
    """Serialised entries, newest first, whose fields equal the given criteria, made
    between the dates ``start`` and ``end`` (UTC days, both included) when given."""
    since = key_of(datetime.combine(start, time.min, UTC)) if start else None
    before = key_of(datetime.combine(end + timedelta(days=1), time.min, UTC)) + 1 if end else None
    for entry in audit_log(create=False).values(min=before, max=since):
        if all(entry.get(name) == value for name, value in criteria.items()):
            yield {**entry, "date": entry["date"].isoformat()}


def anonymise(user_id, new_id):
    """Replace ``user_id`` by ``new_id``; entries about them lose their details."""
    log = audit_log(create=False)
    for key, entry in list(log.items()):
        if user_id not in (entry["actor"], entry["about"]):
            continue
        about_them = entry["about"] == user_id
        log[key] = {
            **entry,
            "actor": new_id if entry["actor"] == user_id else entry["actor"],
            "about": new_id if about_them else entry["about"],
            "details": {} if about_them else entry["details"],
        }


def worker_status_changed(worker, event):
    """The status is the workflow state: each transition is a status change."""
    if event.transition is None or not worker.user_id:
        return
    record(
        "status_changed",
        worker.user_id,
        previous=event.old_state.getId(),
        status=event.new_state.getId(),
    )


def space_people_changed(space, event):
    """Log who gained or lost the roles a space's coordinators, members or managers get."""
    audited = getattr(space, AUDITED_PEOPLE_ATTR, None) or {}
    current = {field: tuple(own_value(space, field) or ()) for field in ROLES_BY_FIELD}
    if current == dict(audited):
        return
    for field, roles in ROLES_BY_FIELD.items():
        before, after = set(audited.get(field, ())), set(current[field])
        for action, people in (("role_granted", after - before), ("role_revoked", before - after)):
            for user_id in sorted(people):
                record(
                    action,
                    user_id,
                    space=space.UID(),
                    space_title=space.Title(),
                    field=field,
                    roles=list(roles),
                )
    setattr(space, AUDITED_PEOPLE_ATTR, PersistentMapping(current))
