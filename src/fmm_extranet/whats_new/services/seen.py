"""POST <space>/@seen: the signed-in worker opens a space; when they opened it before."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.services import JsonService
from fmm_extranet.whats_new import mark_seen


class SeenPost(JsonService):
    def reply(self):
        self.route(())
        previous = mark_seen(current_worker(), self.context.UID())
        return {"previous": previous.isoformat() if previous else None}
