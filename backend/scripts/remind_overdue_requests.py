"""Remind the reviewers of the overdue account requests now, in every extranet site
(the scheduler does it hourly).

    zconsole run instance/etc/zope.conf backend/scripts/remind_overdue_requests.py

(``app`` is the Zope application, given by zconsole; the instance must be stopped,
FileStorage allows one process.) The approval delay is in the Extranet settings.
"""

from fmm_extranet.scheduler import run_now


for site_id, summary in run_now(app, "overdue_request_reminders").items():  # noqa: F821 (zconsole provides app)
    print(f"{site_id}: {summary}")
