"""@my-data: everything held about the signed-in worker (GDPR right of access)."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.services import AccountService
from fmm_extranet.gdpr import personal_data


class MyDataGet(AccountService):
    def reply(self):
        self.route(())
        return personal_data(current_worker())
