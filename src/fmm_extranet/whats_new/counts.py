"""Each shortcut of ``@my-shortcuts`` with how many items are new in its space."""

from fmm_extranet.accounts.profile import IShortcutDetails
from fmm_extranet.whats_new import new_count
from zope.interface import implementer


@implementer(IShortcutDetails)
class NewCounts:
    def add(self, worker, items):
        for item in items:
            item["new"] = new_count(worker, item["UID"])
