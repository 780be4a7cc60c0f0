"""What the favourites capability holds about a worker: their favourites (GDPR)."""

from fmm_extranet.core.interfaces import IPersonalData
from fmm_extranet.favourites import favourites
from fmm_extranet.favourites import forget_favourites
from zope.interface import implementer


@implementer(IPersonalData)
class Favourites:
    """``favourites``: the items the worker may still open, newest first; erased: none."""

    order = 40

    def export(self, worker):
        return {"favourites": favourites(worker)}

    def erase(self, worker, former_id):
        forget_favourites(worker)
