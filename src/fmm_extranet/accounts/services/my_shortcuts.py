"""@my-shortcuts: the "blue buttons" generated from the signed-in worker's profile."""

from fmm_extranet.accounts.profile import shortcuts
from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.services import JsonService


class MyShortcutsGet(JsonService):
    def reply(self):
        self.route(())
        return self.listing("@my-shortcuts", shortcuts(current_worker()))
