"""POST @login-renew: a new token for the current session (same start, same end)."""

from fmm_extranet.core.services import AccountService
from fmm_extranet.sessions.login import renew


class LoginRenewPost(AccountService):
    def reply(self):
        self.route(())
        self.allow_writing()
        return {"token": renew(self.context, self.request)}
