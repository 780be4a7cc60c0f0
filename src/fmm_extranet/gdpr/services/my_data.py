"""@my-data: everything held about the signed-in worker (GDPR right of access)."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.services import JsonService
from fmm_extranet.gdpr import personal_data


class MyDataGet(JsonService):
    def reply(self):
        self.route(())
        return personal_data(current_worker())
