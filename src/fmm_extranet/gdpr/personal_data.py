"""What the GDPR capability holds about a worker: their objection and erasure requests.

Erasure keeps the requests (and their answers) under the new id, without the
worker's message.
"""

from fmm_extranet.core.interfaces import IPersonalData
from fmm_extranet.gdpr.store import anonymise_requests
from fmm_extranet.gdpr.store import own_summary
from fmm_extranet.gdpr.store import requests_of
from zope.interface import implementer


@implementer(IPersonalData)
class Requests:
    """``gdpr_requests``: the worker's requests, oldest first, as they see them."""

    order = 60

    def export(self, worker):
        return {"gdpr_requests": [own_summary(entry) for entry in requests_of(worker.user_id)]}

    def erase(self, worker, former_id):
        anonymise_requests(worker.user_id, former_id)
