"""The disciplines present in a medical house, folded into its GET: ``?expand=disciplines``.

The same entries as in ``@medical-houses`` (``from_accounts``: known only from its
active workers' jobs, « d'après les comptes extranet »); Volto asks for them with
every content page (``apiExpanders``). Unexpanded, only the address.
"""

from fmm_extranet.interfaces import IFmmExtranetLayer
from fmm_extranet.medical_houses.content import IMedicalHouse
from fmm_extranet.medical_houses.directory import FoundHouse
from fmm_extranet.medical_houses.directory import HouseSummaries
from plone.restapi.interfaces import IExpandableElement
from zope.component import adapter
from zope.interface import implementer


@implementer(IExpandableElement)
@adapter(IMedicalHouse, IFmmExtranetLayer)
class HouseDisciplines:
    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self, expand=False):
        result = {"@id": f"{self.context.absolute_url()}?expand=disciplines"}
        if expand:
            result["items"] = HouseSummaries().disciplines(FoundHouse(self.context))
        return {"disciplines": result}
