"""@my-shortcuts: the "blue buttons" generated from the signed-in worker's profile."""

from fmm_extranet.accounts.profile import IShortcutDetails
from fmm_extranet.accounts.profile import shortcuts
from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.services import JsonService
from zope.component import getUtilitiesFor


class MyShortcutsGet(JsonService):
    def reply(self):
        self.route(())
        worker = current_worker()
        items = shortcuts(worker)
        for _name, details in getUtilitiesFor(IShortcutDetails):
            details.add(worker, items)
        return self.listing("@my-shortcuts", items)
