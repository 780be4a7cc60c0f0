"""<item>/@favourite: whether the signed-in worker favours an item; POST adds, DELETE removes."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.favourites import add_favourite
from fmm_extranet.favourites import is_favourite
from fmm_extranet.favourites import remove_favourite
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


class FavouriteService(Service):
    def state(self, worker):
        return {
            "@id": f"{self.context.absolute_url()}/@favourite",
            "favourite": is_favourite(worker, self.context),
        }


class FavouriteGet(FavouriteService):
    def reply(self):
        return self.state(current_worker())


class FavouritePost(FavouriteService):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        worker = current_worker()
        add_favourite(worker, self.context)
        return self.state(worker)


class FavouriteDelete(FavouriteService):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        worker = current_worker()
        remove_favourite(worker, self.context)
        return self.state(worker)
