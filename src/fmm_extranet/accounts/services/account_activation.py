"""@account-activation: a one-time link's token sets the password (and maybe the email)."""

from fmm_extranet.accounts.activation import activate
from fmm_extranet.accounts.activation import ACTIVATED
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService


class AccountActivationPost(JsonService):
    def reply(self):
        self.route(())
        worker = activate(self.body())
        return {"login": worker.email, "message": translated(ACTIVATED)}
