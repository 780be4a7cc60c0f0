"""POST @login {"login", "password", "remember"}: a session token, braked on failed logins."""

from fmm_extranet.core.services import JsonService
from fmm_extranet.sessions.login import sign_in


class LoginPost(JsonService):
    def reply(self):
        self.route(())
        return {"token": sign_in(self.context, self.request, self.body())}

    def check_permission(self):
        """Anyone may try to sign in (as plone.restapi's @login)."""
