"""GDPR requests: a worker objects to the processing of their data, or asks for erasure.

The request is mailed to the project lead (Extranet settings) and to the
coordinators of the worker's intergroups, one mail each, without anyone else's
address; the administrators list the requests with their 30-day deadline and
execute or refuse them, and the worker is mailed the outcome. An objection applies
at once (``fmm_extranet.gdpr.objected``) and ends only if it is refused.

Audit actions: ``gdpr_requested``, ``gdpr_executed``, ``gdpr_refused``.
"""

from fmm_extranet import _
from fmm_extranet.access.local_roles import own_value
from fmm_extranet.accounts import audit
from fmm_extranet.accounts import now
from fmm_extranet.accounts import setting
from fmm_extranet.accounts.requests import intergroups_of
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.core import mail
from fmm_extranet.core.errors import Conflict
from fmm_extranet.core.errors import deny
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import translated
from fmm_extranet.core.utils import localized
from fmm_extranet.gdpr import erase_workers
from fmm_extranet.gdpr import OBJECTED
from fmm_extranet.gdpr import objected
from fmm_extranet.gdpr.indexers import reindex_listings
from fmm_extranet.gdpr.store import add_request
from fmm_extranet.gdpr.store import all_requests
from fmm_extranet.gdpr.store import deadline
from fmm_extranet.gdpr.store import ERASURE
from fmm_extranet.gdpr.store import EXECUTED
from fmm_extranet.gdpr.store import get_request
from fmm_extranet.gdpr.store import KINDS
from fmm_extranet.gdpr.store import OBJECTION
from fmm_extranet.gdpr.store import own_summary
from fmm_extranet.gdpr.store import PENDING
from fmm_extranet.gdpr.store import REFUSED
from fmm_extranet.gdpr.store import requests_of
from fmm_extranet.gdpr.store import update_request
from fmm_extranet.people.workers import worker_of
from plone import api
from plone.restapi.serializer.converters import json_compatible
from zExceptions import NotFound
from zope.i18nmessageid import Message


MESSAGE_MAX_LENGTH = 2000
REASON_MAX_LENGTH = 2000
#: The page of the administrators (Volto), linked from the mails.
ADMIN_PAGE = "demandes-rgpd"

KIND_LABELS = {
    OBJECTION: _("objection to the processing of personal data"),
    ERASURE: _("erasure of personal data"),
}
RECEIVED = {
    OBJECTION: _(
        "Your objection is recorded: from now on, you do not appear in the directory "
        "of the extranet. The project lead and your intergroup coordinators are told; "
        "you will receive their answer by email within 30 days."
    ),
    ERASURE: _(
        "Your erasure request is sent to the project lead and your intergroup "
        "coordinators. You will receive the answer by email within 30 days."
    ),
}

REQUEST_SUBJECT = _("GDPR request (${kind}): ${name}")
REQUEST_BODY = _(
    "Hello,\n\n"
    "${name} (${workplaces}) sent a GDPR request on ${date}: ${kind}.\n\n"
    "${effect}\n\n"
    "Their message:\n${message}\n\n"
    "The answer is due by ${deadline}. The administrators of the extranet execute "
    "or refuse the request on this page:\n${link}\n"
)
REQUEST_EFFECT = {
    OBJECTION: _(
        "The objection applies at once: they no longer appear in the directory, and "
        "they will receive neither newsletters nor digests."
    ),
    ERASURE: _(
        "Executing the request erases their personal data and closes their account; "
        "what they published stays, without their name."
    ),
}
NO_MESSAGE = _("(no message)")

OUTCOME_SUBJECT = _("Your GDPR request")
EXECUTED_BODY = {
    OBJECTION: _(
        "Hello ${name},\n\n"
        "Your objection of ${date} to the processing of your data is confirmed: you "
        "do not appear in the directory of the extranet of the medical houses, and "
        "you receive neither its newsletters nor its digests.\n"
    ),
    ERASURE: _(
        "Hello ${name},\n\n"
        "As you asked on ${date}, your personal data on the extranet of the medical "
        "houses are erased: your account is closed, and what you published stays "
        "without your name.\n"
    ),
}
REFUSED_BODY = _(
    "Hello ${name},\n\n"
    "Your GDPR request of ${date} (${kind}) was refused, for this reason:\n\n"
    "${reason}\n\n"
    "For any question, write to ${contact}.\n"
)


def project_lead_address():
    """Where GDPR requests go: the project lead, else the site's address."""
    return setting("project_lead_address") or api.portal.get_registry_record("plone.email_from_address")


def day(moment):
    """The day of ``moment`` in Brussels (a request at 23:30 UTC is made the next day there)."""
    return f"{localized(moment):%d/%m/%Y}"


def is_admin():
    return api.user.has_permission("Manage portal", obj=api.portal.get())


def ensure_admin():
    if not is_admin():
        deny()


def intergroup_coordinators(worker):
    """The active workers who coordinate one of the worker's intergroups (not the worker)."""
    codes = intergroups_of(worker)
    catalog = api.portal.get_tool("portal_catalog")
    coordinators = {}
    for brain in catalog.unrestrictedSearchResults(portal_type="Intergroup"):
        intergroup = brain._unrestrictedGetObject()
        if intergroup.code not in codes:
            continue
        for user_id in own_value(intergroup, "coordinators") or []:
            coordinator = worker_of(user_id)
            if coordinator is not None and coordinator.status == "active" and user_id != worker.user_id:
                coordinators[user_id] = coordinator
    return list(coordinators.values())


def recipients(worker):
    """The addresses a request of ``worker`` is mailed to, each once."""
    addresses = [project_lead_address(), *(c.email for c in intergroup_coordinators(worker))]
    return list(dict.fromkeys(a for a in addresses if a))


def workplaces(worker):
    return ", ".join(dict.fromkeys(job.workplace_title() for job in worker.jobs())) or "—"


def read_request(data, worker):
    """The kind and message of a new request; refused when one of its kind waits."""
    errors = FieldErrors()
    kind = data.get("kind")
    if kind not in KINDS:
        errors.add("kind", _("Choose what you ask: objection or erasure."))
    message = data.get("message")
    if message is None:
        message = ""
    if not isinstance(message, str):
        errors.add("message", _("The message is plain text."))
    elif len(message.strip()) > MESSAGE_MAX_LENGTH:
        errors.add("message", _("The message has at most 2000 characters."))
    errors.refuse_if_any()
    if any(e["kind"] == kind and e["status"] == PENDING for e in requests_of(worker.user_id)):
        raise Conflict(_("You already sent a request of this kind: it awaits its answer."))
    if kind == OBJECTION and objected(worker):
        raise Conflict(_("Your objection already applies."))
    return kind, message.strip()


def submit(worker, data):
    """Record the request of the signed-in worker and mail it to those who handle it."""
    if worker.status != "active":
        deny()
    kind, message = read_request(data, worker)
    entry = add_request(kind, worker.user_id, message)
    if kind == OBJECTION:
        account_record(worker)[OBJECTED] = entry["date"]
        reindex_listings(worker)
    mapping = {
        "name": worker.title,
        "workplaces": workplaces(worker),
        "date": day(entry["date"]),
        "deadline": day(deadline(entry)),
        "kind": mail.in_site_language(KIND_LABELS[kind]),
        "effect": mail.in_site_language(REQUEST_EFFECT[kind]),
        "message": message or mail.in_site_language(NO_MESSAGE),
        "link": f"{api.portal.get().absolute_url()}/{ADMIN_PAGE}",
    }
    subject = Message(REQUEST_SUBJECT, mapping=mapping)
    for address in recipients(worker):
        mail.send(address, subject, Message(REQUEST_BODY, mapping=mapping))
    audit.record("gdpr_requested", worker.user_id, kind=kind, request=entry["id"])
    return {"request": own_summary(entry), "message": translated(RECEIVED[kind])}


def admin_summary(entry):
    """A request as the administrators list it."""
    worker = worker_of(entry["user_id"])
    erased = worker is None or bool(read_account_record(worker).get("erased"))
    due = deadline(entry)
    return json_compatible(
        {
            "@id": f"{api.portal.get().absolute_url()}/@gdpr-requests/{entry['id']}",
            **own_summary(entry),
            "overdue": entry["status"] == PENDING and due < now(),
            "decided_by": entry["decided_by"],
            "worker": None
            if worker is None
            else {
                "@id": worker.absolute_url(),
                "id": worker.getId(),
                "title": worker.title,
                "status": worker.status,
                "erased": erased,
                "workplaces": workplaces(worker),
            },
        }
    )


def listing():
    """Every request for the administrators: those awaiting an answer first, oldest
    first; then the answered ones, last answered first."""
    ensure_admin()
    entries = all_requests()
    pending = sorted((e for e in entries if e["status"] == PENDING), key=lambda e: e["date"])
    answered = sorted(
        (e for e in entries if e["status"] != PENDING), key=lambda e: e["decided"], reverse=True
    )
    return [admin_summary(e) for e in pending + answered]


def decidable(request_id):
    """The request, when the current user is an administrator and it awaits an answer."""
    ensure_admin()
    entry = get_request(request_id)
    if entry is None:
        raise NotFound(request_id)
    if entry["status"] != PENDING:
        raise Conflict(_("This request has already been handled."))
    return entry


def decided(entry, status, reason=None):
    return update_request(
        entry,
        status=status,
        decided=now(),
        decided_by=api.user.get_current().getId(),
        reason=reason,
    )


def execute(entry):
    """Erase the worker's data, or confirm their objection; the worker is told."""
    worker = worker_of(entry["user_id"])
    entry = decided(entry, EXECUTED)
    if worker is None or read_account_record(worker).get("erased"):
        audit.record("gdpr_executed", entry["user_id"], kind=entry["kind"], request=entry["id"])
        return admin_summary(entry)
    address, name = worker.email, worker.first_name
    mapping = {"name": name, "date": day(entry["date"])}
    if entry["kind"] == ERASURE:
        erase_workers([worker])
        entry = get_request(entry["id"])  # now under the worker's new id
    mail.send(address, OUTCOME_SUBJECT, Message(EXECUTED_BODY[entry["kind"]], mapping=mapping))
    audit.record("gdpr_executed", entry["user_id"], kind=entry["kind"], request=entry["id"])
    return admin_summary(entry)


def refuse(entry, reason):
    """Refuse the request with a reason mailed to the worker; a refused objection ends."""
    reason = reason.strip() if isinstance(reason, str) else ""
    errors = FieldErrors()
    if not reason:
        errors.add("reason", _("Give the reason of the refusal: it is sent to the person."))
    elif len(reason) > REASON_MAX_LENGTH:
        errors.add("reason", _("The reason has at most 2000 characters."))
    errors.refuse_if_any()
    entry = decided(entry, REFUSED, reason)
    worker = worker_of(entry["user_id"])
    if worker is not None and not read_account_record(worker).get("erased"):
        if entry["kind"] == OBJECTION and objected(worker):
            del account_record(worker)[OBJECTED]
            reindex_listings(worker)
        mapping = {
            "name": worker.first_name,
            "date": day(entry["date"]),
            "kind": mail.in_site_language(KIND_LABELS[entry["kind"]]),
            "reason": reason,
            "contact": project_lead_address(),
        }
        mail.send(worker.email, OUTCOME_SUBJECT, Message(REFUSED_BODY, mapping=mapping))
    audit.record("gdpr_refused", entry["user_id"], kind=entry["kind"], request=entry["id"], reason=reason)
    return admin_summary(entry)


def my_requests(worker):
    """The worker's own requests, newest first."""
    return [own_summary(e) for e in reversed(requests_of(worker.user_id))]
