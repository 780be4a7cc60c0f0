"""@favourites: the signed-in worker's favourite items."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.favourites import favourites
from plone.restapi.services import Service


class FavouritesGet(Service):
    def reply(self):
        items = favourites(current_worker())
        return {
            "@id": f"{self.context.absolute_url()}/@favourites",
            "items": items,
            "items_total": len(items),
        }
