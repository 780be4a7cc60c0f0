"""GET @medical-houses: the medical-house directory and the map's houses, filtered,
with counts per intergroup, payment mode and discipline, the reader's own houses
(to search around them) and the map's background (tiles and attribution, from the
Extranet settings; no tile address: a blank background)."""

from fmm_extranet.controlpanel.settings import setting
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
            "map": {
                "tile_url": setting("map_tile_url") or None,
                "attribution": setting("map_attribution") or "",
            },
        }
