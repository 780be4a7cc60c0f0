"""The reminder of an activity, mailed to each confirmed participant two days before.

A scheduled job (``activity_reminders``, every round of the scheduler): each
participant is reminded once, which the activity records; the mail links to the
activity's registration, where they may cancel and free their place.
"""

from BTrees.OOBTree import OOBTree
from datetime import timedelta
from fmm_extranet import _
from fmm_extranet.core.mail import send
from fmm_extranet.people.workers import worker_of
from fmm_extranet.registrations import CONFIRMED
from fmm_extranet.registrations import registrations_of
from fmm_extranet.registrations import starts_at
from fmm_extranet.scheduler import IScheduledJob
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.i18nmessageid import Message
from zope.interface import implementer


#: How long before its start an activity is reminded of.
REMINDER_NOTICE = timedelta(days=2)
#: On an activity: the user ids reminded of it, with when.
REMINDED_KEY = "fmm_extranet.reminded"
#: The part of the activity's page holding the registration (and its "cancel" button).
REGISTRATION_ANCHOR = "fmm-registration-title"

REMINDER_SUBJECT = _("reminder_subject", default="Reminder: ${title}, ${when}")
REMINDER_BODY = _(
    "reminder_body",
    default='Hello ${name},\n\nA reminder: you are registered to "${title}", on ${when}.\n\n'
    "${url}\n\nIf you cannot come, cancel your registration so that someone else gets "
    "your place:\n\n${cancel_url}\n",
)


def reminded(activity):
    annotations = IAnnotations(activity)
    if REMINDED_KEY not in annotations:
        annotations[REMINDED_KEY] = OOBTree()
    return annotations[REMINDED_KEY]


def starting_soon(now):
    """The activities starting between ``now`` and two days later, not cancelled."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Activity", start={"query": (now, now + REMINDER_NOTICE), "range": "min:max"}
    )
    for brain in brains:
        activity = brain._unrestrictedGetObject()
        if not getattr(activity, "session_cancelled", False):
            yield activity


def remind(activity, registration, now):
    """Mail the participant the reminder (sent on commit), once."""
    worker = worker_of(registration.user_id)
    if worker is None or worker.status != "active" or not worker.email:
        return False
    url = activity.absolute_url()
    mapping = {
        "name": worker.first_name,
        "title": activity.Title(),
        "when": starts_at(activity),
        "url": url,
        "cancel_url": f"{url}#{REGISTRATION_ANCHOR}",
    }
    send(worker.email, Message(REMINDER_SUBJECT, mapping=mapping), Message(REMINDER_BODY, mapping=mapping))
    reminded(activity)[registration.user_id] = now
    return True


@implementer(IScheduledJob)
class ActivityReminders:
    """Remind the confirmed participants of the activities starting within two days."""

    name = "activity_reminders"
    period = timedelta(0)  # due at a time, not periodically: looked at every round

    def run(self, site, now):
        count = activities = 0
        for activity in starting_soon(now):
            already = IAnnotations(activity).get(REMINDED_KEY, {})
            due = [r for r in registrations_of(activity) if r.state == CONFIRMED and r.user_id not in already]
            sent = sum(remind(activity, registration, now) for registration in due)
            count, activities = count + sent, activities + bool(sent)
        return f"{count} participant(s) reminded of {activities} activity(ies)"
