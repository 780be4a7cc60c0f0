"""<item>/@share: mail an item to colleagues through the extranet's address."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService
from fmm_extranet.share_by_mail import share
from fmm_extranet.share_by_mail import SHARED
from zope.i18nmessageid import Message


class SharePost(JsonService):
    def reply(self):
        self.route(())
        count = share(self.context, self.body(), current_worker())
        return {"sent": count, "message": translated(Message(SHARED, mapping={"count": count}))}
