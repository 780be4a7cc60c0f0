"""mes-donnees: everything held about the signed-in worker, as one JSON file."""

from fmm_extranet.accounts.workers import current_worker
from fmm_extranet.gdpr import personal_data
from plone.restapi.serializer.converters import json_compatible
from Products.Five.browser import BrowserView
import json


class MyDataView(BrowserView):
    """Everything held about the signed-in worker, downloaded as one JSON file."""

    def __call__(self):
        data = json_compatible(personal_data(current_worker()))
        response = self.request.response
        response.setHeader("Content-Type", "application/json; charset=utf-8")
        response.setHeader("Content-Disposition", 'attachment; filename="mes-donnees.json"')
        return json.dumps(data, ensure_ascii=False, indent=2)
