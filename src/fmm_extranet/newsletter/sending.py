"""Sending an issue: the recipients are frozen, then the scheduled job mails them in batches.

Each batch queues its mails and records their recipients as done in one transaction
(the MailHost queue is transactional): after a crash, the batch is undone as a whole
and done again, so nobody gets two mails. Recipients who left, unsubscribed or
objected since the freeze are skipped.
"""

from datetime import datetime
from datetime import timedelta
from datetime import UTC
from fmm_extranet import _
from fmm_extranet.core import mail
from fmm_extranet.core.errors import Conflict
from fmm_extranet.core.errors import Refusal
from fmm_extranet.core.errors import translated
from fmm_extranet.newsletter.audience import audience
from fmm_extranet.newsletter.audience import audience_title
from fmm_extranet.newsletter.audience import has_audience
from fmm_extranet.newsletter.audience import NOWHERE
from fmm_extranet.newsletter.audience import receives
from fmm_extranet.newsletter.letter import letter
from fmm_extranet.people.workers import worker_of
from fmm_extranet.scheduler import IScheduledJob
from plone import api
from zope.interface import implementer


DRAFT, SENDING = "draft", "sending"
#: Mails queued per newsletter and per round of the scheduler.
BATCH_SIZE = 50

TESTED = _("A test was mailed to you.")
NOT_A_DRAFT = _("This newsletter was already sent.")
NO_ITEM = _("Pick at least one item before sending.")
NO_EMAIL = _("Your account has no email address.")


def state(newsletter):
    return api.content.get_state(newsletter)


def iso(moment):
    return moment.isoformat() if moment else None


def status(newsletter):
    """The issue's state, audience and progress (``sent``: recipients handled)."""
    handled, total = newsletter.progress()
    current = state(newsletter)
    return {
        "state": current,
        "audience": {
            "title": translated(audience_title(newsletter)),
            "count": len(audience(newsletter)) if current == DRAFT else total,
        },
        "sent": handled,
        "skipped": newsletter.skipped,
        "total": total,
        "started": iso(newsletter.started),
        "finished": iso(newsletter.finished),
    }


def start_sending(newsletter):
    """Freeze the recipients and hand the issue to the job; nothing is mailed here."""
    if state(newsletter) != DRAFT:
        raise Conflict(NOT_A_DRAFT)
    if not has_audience(newsletter):
        raise Refusal(NOWHERE)
    if not [relation for relation in newsletter.items or [] if relation.to_object is not None]:
        raise Refusal(NO_ITEM, [{"field": "items", "message": translated(NO_ITEM)}])
    newsletter.freeze(audience(newsletter), datetime.now(UTC))
    with api.env.adopt_roles(["Manager"]):  # the transition is this function's alone
        api.content.transition(obj=newsletter, transition="send")


def mail_letter(newsletter, user, worker, address, test=False):
    built = letter(newsletter, user, worker, test=test)
    mail.send(address, built["subject"], built["text"], html=built["html"], headers=built["headers"])


def send_test(newsletter):
    """The issue as the current user receives it, mailed to them (subject "[Test] …")."""
    user = api.user.get_current()
    worker = worker_of(user.getId())
    address = worker.email if worker is not None else user.getProperty("email")
    if not address:
        raise Refusal(NO_EMAIL)
    mail_letter(newsletter, user, worker, address, test=True)


def send_batch(newsletter, size):
    """Mail the next ``size`` recipients not yet done; how many were mailed."""
    mailed = 0
    pending = (user_id for user_id in newsletter.recipients if user_id not in newsletter.done)
    for user_id in list(pending)[:size]:
        worker = worker_of(user_id)
        user = api.user.get(userid=user_id)
        if user is not None and receives(worker, newsletter):
            mail_letter(newsletter, user, worker, worker.email)
            mailed += 1
        else:
            newsletter.skipped += 1
        newsletter.done.insert(user_id)
    return mailed


def finish(newsletter, now):
    """Every recipient is done: the issue is sent and forgets who they were."""
    api.content.transition(obj=newsletter, transition="finish")
    newsletter.forget_recipients(now)


@implementer(IScheduledJob)
class NewsletterSending:
    """Every round: the next batch of each issue being sent; an issue all done is "sent"."""

    name = "newsletter_sending"
    period = timedelta(0)

    def run(self, site, now):
        catalog = api.portal.get_tool("portal_catalog")
        mailed = issues = 0
        for brain in catalog.unrestrictedSearchResults(portal_type="Newsletter", review_state=SENDING):
            newsletter = brain._unrestrictedGetObject()
            issues += 1
            mailed += send_batch(newsletter, BATCH_SIZE)
            handled, total = newsletter.progress()
            if handled >= total:
                finish(newsletter, now)
        return f"{mailed} mail(s) of {issues} newsletter(s)"
