"""``POST @support``: anyone writes to the support (name, email, message, house)."""

from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService
from fmm_extranet.helpdesk import contact_support
from fmm_extranet.helpdesk import SENT


class SupportPost(JsonService):
    def reply(self):
        self.route(())
        contact_support(self.request, self.body())
        return {"message": translated(SENT)}
