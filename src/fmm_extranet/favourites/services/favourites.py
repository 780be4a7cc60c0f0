"""@favourites: the signed-in worker's favourite items."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.services import JsonService
from fmm_extranet.favourites import favourites


class FavouritesGet(JsonService):
    def reply(self):
        self.route(())
        return self.listing("@favourites", favourites(current_worker()))
