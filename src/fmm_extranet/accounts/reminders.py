"""The reviewers are reminded, once, of each account request that became overdue.

``OverdueRequestReminders`` is the scheduler's hourly job (backend/scripts/
remind_overdue_requests.py runs it at once); running it again reminds of nothing
already reminded.
"""

from datetime import timedelta
from fmm_extranet.accounts import now
from fmm_extranet.accounts.requests import intergroups_of
from fmm_extranet.accounts.requests import is_overdue
from fmm_extranet.accounts.requests import pending_requests
from fmm_extranet.accounts.reviewers import OVERDUE_BODY
from fmm_extranet.accounts.reviewers import OVERDUE_SUBJECT
from fmm_extranet.accounts.reviewers import tell_reviewers
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.scheduler import IScheduledJob
from zope.interface import implementer


def remind_overdue_requests():
    """Mail the reviewers of every overdue request not reminded yet; returns how many.

    Each reminder is recorded on the request (``reminded``): it is sent once.
    """
    overdue = [
        w for w in pending_requests(scope=None) if is_overdue(w) and "reminded" not in read_account_record(w)
    ]
    for worker in overdue:
        tell_reviewers(worker, intergroups_of(worker), OVERDUE_SUBJECT, OVERDUE_BODY)
        account_record(worker)["reminded"] = now()
    return len(overdue)


@implementer(IScheduledJob)
class OverdueRequestReminders:
    """Remind the reviewers of the account requests waiting too long, hourly."""

    name = "overdue_request_reminders"
    period = timedelta(hours=1)

    def run(self, site, now):
        return f"reviewers reminded of {remind_overdue_requests()} overdue request(s)"
