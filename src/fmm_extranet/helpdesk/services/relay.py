"""``@relay/<token>``: the reply link of a relayed message. ``GET`` tells who wrote and
about what; ``POST`` ``{"message"}`` answers them through the extranet."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService
from fmm_extranet.helpdesk import answer
from fmm_extranet.helpdesk import relay_of
from fmm_extranet.helpdesk import relay_summary
from fmm_extranet.helpdesk import SENT
from plone import api


class RelayGet(JsonService):
    def reply(self):
        self.route((None,))
        return relay_summary(relay_of(self.params[0], api.user.get_current().getId()))


class RelayPost(JsonService):
    def reply(self):
        self.route((None,))
        replier = current_worker()
        answer(relay_of(self.params[0], replier.user_id), replier, self.body())
        return {"message": translated(SENT)}
