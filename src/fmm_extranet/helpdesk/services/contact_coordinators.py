"""``POST <space>/@contact-coordinators``: a worker writes to the coordinators of a
space (``message``), or asks for access to one of its items (``item``: its UID)."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService
from fmm_extranet.helpdesk import contact_coordinators
from fmm_extranet.helpdesk import SENT


class ContactCoordinatorsPost(JsonService):
    def reply(self):
        self.route(())
        contact_coordinators(self.context, current_worker(), self.body())
        return {"message": translated(SENT)}
