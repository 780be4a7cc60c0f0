"""POST @logout: the session's token is revoked (answered 204, even if it had ended)."""

from fmm_extranet.core.services import JsonService
from fmm_extranet.sessions.login import sign_out


class LogoutPost(JsonService):
    def reply(self):
        self.route(())
        sign_out(self.request)
        return self.reply_no_content()

    def check_permission(self):
        """Anyone may sign out (as plone.restapi's @logout)."""
