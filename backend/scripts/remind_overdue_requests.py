"""Remind the reviewers, once, of the account requests waiting for longer than 48 hours.

For the scheduler (hourly): zconsole run instance/etc/zope.conf backend/scripts/remind_overdue_requests.py
(``app`` is the Zope application, given by zconsole). Every Plone site with the
extranet installed is handled; the approval delay is in the Extranet settings.
"""

from fmm_extranet.accounts.reminders import remind_overdue_requests
from fmm_extranet.core.sites import extranet_sites
import transaction


def main(app):
    for site in extranet_sites(app):
        count = remind_overdue_requests()
        transaction.commit()
        print(f"{site.getId()}: reviewers reminded of {count} overdue request(s)")


main(app)  # noqa: F821 (zconsole provides app)
