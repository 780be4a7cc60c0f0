"""What the classic UI's menus offer the signed-in user (the conditions of actions.xml)."""

from fmm_extranet.accounts.requests import is_reviewer
from fmm_extranet.people.workers import worker_of
from plone import api
from Products.Five.browser import BrowserView


class AccountMenu(BrowserView):
    def has_profile(self):
        """An active worker: "My profile" leads somewhere."""
        worker = worker_of(api.user.get_current().getId())
        return worker is not None and worker.status == "active"

    def reviews_requests(self):
        """Staff, admins and intergroup coordinators decide on account requests."""
        return is_reviewer()
