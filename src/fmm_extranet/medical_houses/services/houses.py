"""GET @medical-houses: the medical-house directory and the map's houses, filtered,
with counts per intergroup, payment mode and discipline, and the reader's own houses
(to search around them)."""

from fmm_extranet.core.services import JsonService
from fmm_extranet.medical_houses.directory import find_houses
from fmm_extranet.medical_houses.directory import HouseSummaries
from fmm_extranet.medical_houses.directory import my_houses


class MedicalHousesGet(JsonService):
    def reply(self):
        self.route(())
        found = find_houses(self.request.form)
        summaries = HouseSummaries()
        return {
            **self.batched(found, summaries),
            "facets": summaries.facets(found),
            "my_houses": my_houses(),
        }
