"""@audit-log: approvals, rejections, invitations, role and status changes, for admins.

Filters: ``actor``, ``action``, ``about`` (exact), ``start`` and ``end`` (dates
YYYY-MM-DD, both included); newest first, in pages (``b_start``, ``b_size``).
"""

from datetime import date
from fmm_extranet import _
from fmm_extranet.accounts.audit import CRITERIA
from fmm_extranet.accounts.audit import entries
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.services import JsonService


DATE_FORMAT = _("Dates must be written YYYY-MM-DD.")


def day(form, name, errors):
    """The date of the field ``name`` (None when empty); a wrong one is noted in ``errors``."""
    value = form.get(name)
    if not value:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        errors.add(name, DATE_FORMAT)
        return None


class AuditLogGet(JsonService):
    def reply(self):
        self.route(())
        form = self.request.form
        errors = FieldErrors()
        start, end = day(form, "start", errors), day(form, "end", errors)
        errors.refuse_if_any()
        criteria = {name: form[name] for name in CRITERIA if form.get(name)}
        return self.batched(list(entries(start=start, end=end, **criteria)))
