"""What the accounts capability holds about a worker: the account and the audit log (GDPR).

``account``: the user id, the login and what the account went through (its record).
Erasing it closes the account (status "left"), revokes its one-time links and keeps
of the record only when it was erased; ``fmm_extranet.gdpr`` then deletes the account.

``audit``: the entries about the worker. Erasing it moves every entry naming them to
the new id, those about them without their details, and records the erasure: it
comes after every erasure that leaves entries about the person.
"""

from fmm_extranet.accounts import audit
from fmm_extranet.accounts import now
from fmm_extranet.accounts import tokens
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.accounts.workers import CLOSED_STATUSES
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.core.interfaces import IPersonalData
from fmm_extranet.people.workers import set_status
from plone import api
from plone.restapi.serializer.converters import json_compatible
from zope.interface import implementer


@implementer(IPersonalData)
class Account:
    """``account``: user id, login and the account's record."""

    order = 10

    def export(self, worker):
        acl_users = api.portal.get_tool("acl_users")
        return {
            "account": {
                "user_id": worker.user_id,
                "login": acl_users.source_users.getLoginForUserId(worker.user_id),
                **json_compatible(dict(read_account_record(worker))),
            }
        }

    def erase(self, worker, former_id):
        if worker.status not in CLOSED_STATUSES:
            set_status(worker, "left")
        tokens.revoke(worker.user_id)
        record = account_record(worker)
        record.clear()
        record["erased"] = now()


@implementer(IPersonalData)
class Audit:
    """``audit``: the entries about the worker, newest first."""

    order = 50

    def export(self, worker):
        return {"audit": list(audit.entries(about=worker.user_id))}

    def erase(self, worker, former_id):
        audit.anonymise(worker.user_id, former_id)
        audit.record("erased", former_id)
