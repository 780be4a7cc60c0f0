"""@audit-log: approvals, rejections, invitations, role and status changes, for admins."""

from fmm_extranet.accounts.audit import CRITERIA
from fmm_extranet.accounts.audit import entries
from fmm_extranet.core.services import AccountService
from plone.restapi.batching import HypermediaBatch


class AuditLogGet(AccountService):
    def reply(self):
        self.route(())
        form = self.request.form
        criteria = {name: form[name] for name in CRITERIA if form.get(name)}
        batch = HypermediaBatch(self.request, list(entries(**criteria)))
        return {
            "@id": batch.canonical_url,
            "items": list(batch),
            "items_total": batch.items_total,
            **({"batching": batch.links} if batch.links else {}),
        }
