"""@my-profile: the signed-in worker's own profile, read and changed."""

from fmm_extranet.accounts.profile import profile_completion
from fmm_extranet.accounts.profile import update_profile
from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.services import JsonService
from plone.restapi.interfaces import ISerializeToJson
from zope.component import getMultiAdapter


def serialized_profile(worker, request):
    """The Worker as its owner sees it, with what is left to complete."""
    result = getMultiAdapter((worker, request), ISerializeToJson)()
    result["profile_completion"] = profile_completion(worker)
    return result


class MyProfileGet(JsonService):
    def reply(self):
        self.route(())
        return serialized_profile(current_worker(), self.request)


class MyProfilePatch(JsonService):
    def reply(self):
        self.route(())
        worker = current_worker()
        update_profile(worker, self.body(), self.request)
        return serialized_profile(worker, self.request)
