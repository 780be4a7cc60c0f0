"""@account-requests: anyone asks for an account; coordinators and staff decide."""

from fmm_extranet.accounts.request_filters import filter_choices
from fmm_extranet.accounts.request_filters import matches
from fmm_extranet.accounts.request_filters import read_filters
from fmm_extranet.accounts.requests import approve
from fmm_extranet.accounts.requests import decidable
from fmm_extranet.accounts.requests import is_reviewer
from fmm_extranet.accounts.requests import pending_requests
from fmm_extranet.accounts.requests import RECEIVED
from fmm_extranet.accounts.requests import reject
from fmm_extranet.accounts.requests import review_scope
from fmm_extranet.accounts.requests import submit_request
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService


class AccountRequestsGet(JsonService):
    """The requests awaiting the current reviewer's decision, overdue first.

    ``intergroup`` (code), ``house`` (UID) and ``function`` (token) filter them;
    ``filters`` offers the values found in all of the reviewer's requests.
    ``GET @account-requests/reviewer`` tells anyone signed in whether they review
    requests (Volto's user menu).
    """

    def reply(self):
        if self.route((), ("reviewer",)) == 1:
            return {"reviewer": is_reviewer()}
        requests = pending_requests(review_scope())
        filters = read_filters(self.request.form)
        items = [self.summary(w, "account-request") for w in requests if matches(w, filters)]
        return {**self.listing("@account-requests", items), "filters": filter_choices(requests)}


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
        return {**self.summary(worker, "account-request"), "status": worker.status}
