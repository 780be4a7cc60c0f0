"""Where GDPR requests (objection, erasure) are kept: in the site, by id.

An entry is ``{"id", "kind", "user_id", "message", "date", "status", "decided",
"decided_by", "reason"}``; it is replaced, never changed in place. When the worker's
data are erased, their entries stay under the new, meaningless id, without the message.
"""

from BTrees.OOBTree import OOBTree
from datetime import timedelta
from fmm_extranet.accounts import now
from fmm_extranet.accounts import site_storage
from plone.restapi.serializer.converters import json_compatible
import secrets


REQUESTS_KEY = "fmm_extranet.gdpr_requests"
ERASURE = "erasure"
OBJECTION = "objection"
KINDS = (ERASURE, OBJECTION)
PENDING = "pending"
EXECUTED = "executed"
REFUSED = "refused"
#: The GDPR gives one month to answer.
RESPONSE_DELAY = timedelta(days=30)


def request_store(create=True):
    """{request id: entry}."""
    return site_storage(REQUESTS_KEY, OOBTree, create)


def add_request(kind, user_id, message):
    store = request_store()
    request_id = secrets.token_hex(6)
    while request_id in store:
        request_id = secrets.token_hex(6)
    store[request_id] = {
        "id": request_id,
        "kind": kind,
        "user_id": user_id,
        "message": message,
        "date": now(),
        "status": PENDING,
        "decided": None,
        "decided_by": None,
        "reason": None,
    }
    return store[request_id]


def update_request(entry, **changes):
    request_store()[entry["id"]] = entry = {**entry, **changes}
    return entry


def get_request(request_id):
    return request_store(create=False).get(request_id) if isinstance(request_id, str) else None


def all_requests():
    return list(request_store(create=False).values())


def requests_of(user_id):
    """The requests of an account, oldest first."""
    return sorted((e for e in all_requests() if e["user_id"] == user_id), key=lambda e: e["date"])


def deadline(entry):
    return entry["date"] + RESPONSE_DELAY


def own_summary(entry):
    """What the worker sees of their request (in @my-data, and answering it)."""
    return json_compatible(
        {
            "id": entry["id"],
            "kind": entry["kind"],
            "date": entry["date"],
            "deadline": deadline(entry),
            "message": entry["message"],
            "status": entry["status"],
            "decided": entry["decided"],
            "reason": entry["reason"],
        }
    )


def anonymise_requests(user_id, new_id):
    """The requests of ``user_id`` stay under ``new_id``, without their message."""
    for entry in all_requests():
        if entry["user_id"] == user_id:
            update_request(entry, user_id=new_id, message="")


def user_ids_changed(event):
    """Accounts got new ids (``fmm_extranet.accounts.user_ids``): the requests follow."""
    for entry in all_requests():
        user_id = event.mapping.get(entry["user_id"], entry["user_id"])
        decided_by = event.mapping.get(entry["decided_by"], entry["decided_by"])
        if (user_id, decided_by) != (entry["user_id"], entry["decided_by"]):
            update_request(entry, user_id=user_id, decided_by=decided_by)
            event.counts["gdpr_requests"] += 1
