"""@my-profile: the signed-in worker's own profile, read and changed."""

from fmm_extranet.accounts.profile import update_profile
from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.services.accounts import AccountService
from plone.restapi.interfaces import ISerializeToJson
from zope.component import getMultiAdapter


class MyProfileGet(AccountService):
    def reply(self):
        self.route(())
        return getMultiAdapter((current_worker(), self.request), ISerializeToJson)()


class MyProfilePatch(AccountService):
    def reply(self):
        self.route(())
        worker = current_worker()
        update_profile(worker, self.body(), self.request)
        return getMultiAdapter((worker, self.request), ISerializeToJson)()
