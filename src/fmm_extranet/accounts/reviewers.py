"""Who decides on an account request, and the mails that tell them about it.

The coordinators of the intergroups of the request's houses decide; the
federation's staff decide on the others (a federation job, a house not in the
list, an intergroup without coordinator). Each reviewer gets their own mail:
no address is shown to another.
"""

from fmm_extranet import _
from fmm_extranet.access.groups import FEDERATION_STAFF
from fmm_extranet.accounts import setting
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.core import mail
from fmm_extranet.people.workers import worker_of
from plone import api
from zope.i18nmessageid import Message


#: The frontend page where reviewers decide (Volto's /demandes-de-compte).
REVIEW_PAGE = "demandes-de-compte"

NEW_REQUEST_SUBJECT = _("New account request: ${requester}")
NEW_REQUEST_BODY = _(
    "Hello ${name},\n\n"
    "${requester} (${workplace}) asks for an account on the extranet of the medical "
    "houses. Please approve or reject the request within ${hours} hours:\n\n${link}\n"
)
OVERDUE_SUBJECT = _("Reminder: the account request of ${requester} is waiting")
OVERDUE_BODY = _(
    "Hello ${name},\n\n"
    "The account request of ${requester} (${workplace}) has been waiting for more than "
    "${hours} hours. Please approve or reject it:\n\n${link}\n"
)


def coordinators_of(intergroup_codes):
    """User ids of the coordinators of these intergroups."""
    if not intergroup_codes:
        return set()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Intergroup")
    intergroups = (brain._unrestrictedGetObject() for brain in brains)
    return {user_id for ig in intergroups if ig.code in intergroup_codes for user_id in ig.coordinators or []}


def federation_staff():
    return {user.getId() for user in api.user.get_users(groupname=FEDERATION_STAFF)}


def reviewers_of(intergroup_codes):
    """The active Workers who decide on a request of these intergroups, by name.

    The intergroups' coordinators; the federation's staff when there are none.
    """
    workers = [worker_of(user_id) for user_id in coordinators_of(intergroup_codes)]
    active = [w for w in workers if w is not None and w.status == "active" and w.email]
    if not active:
        workers = [worker_of(user_id) for user_id in federation_staff()]
        active = [w for w in workers if w is not None and w.status == "active" and w.email]
    return sorted(active, key=lambda w: (w.last_name or "", w.first_name or "", w.getId()))


def workplaces_of(requester):
    """The houses of a request, for a mail: titles, or the remark of a house not in the list."""
    titles = [job.workplace_title() for job in requester.jobs()]
    return ", ".join(t for t in titles if t) or read_account_record(requester).get("workplace_remark") or "?"


def tell_reviewers(requester, intergroup_codes, subject, body):
    """Mail each reviewer of the request of ``requester`` (``NEW_REQUEST_*`` or
    ``OVERDUE_*``), with a link to the review page."""
    requester_name = f"{requester.first_name} {requester.last_name}"
    link = f"{api.portal.get().absolute_url()}/{REVIEW_PAGE}"
    for reviewer in reviewers_of(intergroup_codes):
        mapping = {
            "name": reviewer.first_name,
            "requester": requester_name,
            "workplace": workplaces_of(requester),
            "hours": setting("approval_delay"),
            "link": link,
        }
        mail.send(
            reviewer.email,
            Message(subject, mapping={"requester": requester_name}),
            Message(body, mapping=mapping),
        )
