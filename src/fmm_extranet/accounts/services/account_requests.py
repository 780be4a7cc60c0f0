"""@account-requests: anyone asks for an account; coordinators and staff decide."""

from fmm_extranet.accounts.requests import approve
from fmm_extranet.accounts.requests import decidable
from fmm_extranet.accounts.requests import pending_requests
from fmm_extranet.accounts.requests import RECEIVED
from fmm_extranet.accounts.requests import reject
from fmm_extranet.accounts.requests import request_summary
from fmm_extranet.accounts.requests import review_scope
from fmm_extranet.accounts.requests import submit_request
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService


class AccountRequestsGet(JsonService):
    """The requests awaiting the current reviewer's decision."""

    def reply(self):
        self.route(())
        items = [request_summary(w) for w in pending_requests(review_scope())]
        return self.listing("@account-requests", items)


class AccountRequestsPost(JsonService):
    """``POST`` asks for an account; ``POST <id>/approve`` or ``<id>/reject`` decides."""

    def reply(self):
        shape = self.route((), (None, "approve"), (None, "reject"))
        data = self.body()
        if shape == 0:
            submit_request(data, self.request)
            self.request.response.setStatus(201)
            return {"message": translated(RECEIVED)}
        worker = decidable(self.params[0])
        if shape == 1:
            approve(worker)
        else:
            reject(worker, data.get("reason"))
        return {**request_summary(worker), "status": worker.status}
