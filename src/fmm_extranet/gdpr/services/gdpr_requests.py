"""@gdpr-requests: a worker objects or asks for erasure; administrators answer.

``POST {"kind": "objection"|"erasure", "message"}`` by the signed-in active worker;
``GET`` lists every request (administrators), ``GET mine`` the worker's own;
``POST <id>/execute`` and ``POST <id>/refuse {"reason"}`` (administrators).
"""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.services import JsonService
from fmm_extranet.gdpr.requests import decidable
from fmm_extranet.gdpr.requests import execute
from fmm_extranet.gdpr.requests import listing
from fmm_extranet.gdpr.requests import my_requests
from fmm_extranet.gdpr.requests import refuse
from fmm_extranet.gdpr.requests import submit


class GdprRequestsGet(JsonService):
    def reply(self):
        if self.route((), ("mine",)) == 1:
            return self.listing("@gdpr-requests/mine", my_requests(current_worker()))
        return self.listing("@gdpr-requests", listing())


class GdprRequestsPost(JsonService):
    def reply(self):
        shape = self.route((), (None, "execute"), (None, "refuse"))
        if shape == 0:
            answer = submit(current_worker(), self.body())
            self.request.response.setStatus(201)
            return answer
        entry = decidable(self.params[0])
        if shape == 1:
            return execute(entry)
        return refuse(entry, self.body().get("reason"))
