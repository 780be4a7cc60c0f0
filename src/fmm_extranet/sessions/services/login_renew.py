"""POST @login-renew: a new token for the current session (same start, same end)."""

from fmm_extranet.core.services import JsonService
from fmm_extranet.sessions.login import renew


class LoginRenewPost(JsonService):
    def reply(self):
        self.route(())
        return {"token": renew(self.context, self.request)}
