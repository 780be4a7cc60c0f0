"""<item>/@favourite: whether the signed-in worker favours an item; POST adds, DELETE removes."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.core.services import JsonService
from fmm_extranet.favourites import add_favourite
from fmm_extranet.favourites import is_favourite
from fmm_extranet.favourites import remove_favourite


class FavouriteService(JsonService):
    #: What the method does to the favourites before answering (None: only reads).
    change = None

    def reply(self):
        self.route(())
        worker = current_worker()
        if self.change is not None:
            self.change(worker, self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@favourite",
            "favourite": is_favourite(worker, self.context),
        }


class FavouriteGet(FavouriteService):
    pass


class FavouritePost(FavouriteService):
    change = staticmethod(add_favourite)


class FavouriteDelete(FavouriteService):
    change = staticmethod(remove_favourite)
