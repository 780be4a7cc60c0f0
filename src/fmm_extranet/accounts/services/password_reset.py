"""@password-reset: mail a new-password link, without telling whether the account exists."""

from fmm_extranet.accounts.activation import request_reset
from fmm_extranet.accounts.activation import RESET_SENT
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService


class PasswordResetPost(JsonService):
    def reply(self):
        self.route(())
        request_reset(self.body(), self.request)
        self.request.response.setStatus(202)
        return {"message": translated(RESET_SENT)}
