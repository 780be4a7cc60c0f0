"""@workers/<id>/erase: an administrator erases a worker's personal data (GDPR)."""

from fmm_extranet.accounts.workers import find_worker
from fmm_extranet.core.services import JsonService
from fmm_extranet.gdpr import erase_workers


class WorkersPost(JsonService):
    def reply(self):
        self.route((None, "erase"))
        erase_workers([find_worker(self.params[0])])
        return self.reply_no_content()
