"""The favourite state of an item folded into its GET: ``?expand=favourite``.

Volto asks for it with every content page (``apiExpanders``), instead of a
second request to ``@favourite``. Unexpanded, only the service's address.
"""

from fmm_extranet.favourites import is_favourite
from fmm_extranet.interfaces import IFmmExtranetLayer
from fmm_extranet.people.workers import worker_of
from plone import api
from plone.dexterity.interfaces import IDexterityContent
from plone.restapi.interfaces import IExpandableElement
from zope.component import adapter
from zope.interface import implementer


@implementer(IExpandableElement)
@adapter(IDexterityContent, IFmmExtranetLayer)
class FavouriteState:
    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self, expand=False):
        result = {"@id": f"{self.context.absolute_url()}/@favourite"}
        if expand and not api.user.is_anonymous():
            worker = worker_of(api.user.get_current().getId())
            if worker is not None:  # who has no profile has no favourites
                result["favourite"] = is_favourite(worker, self.context)
        return {"favourite": result}
