"""@audit-log: approvals, rejections, invitations, role and status changes, for admins."""

from fmm_extranet.accounts.audit import CRITERIA
from fmm_extranet.accounts.audit import entries
from fmm_extranet.core.services import JsonService


class AuditLogGet(JsonService):
    def reply(self):
        self.route(())
        form = self.request.form
        criteria = {name: form[name] for name in CRITERIA if form.get(name)}
        return self.batched(list(entries(**criteria)))
