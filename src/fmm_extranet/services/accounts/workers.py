"""@workers/<id>/erase: an administrator erases a worker's personal data (GDPR)."""

from fmm_extranet.accounts.gdpr import erase_workers
from fmm_extranet.accounts.workers import find_worker
from fmm_extranet.services.accounts import AccountService


class WorkersPost(AccountService):
    def reply(self):
        self.route((None, "erase"))
        self.allow_writing()
        erase_workers([find_worker(self.params[0])])
        return self.reply_no_content()
