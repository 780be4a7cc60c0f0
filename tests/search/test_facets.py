"""A facet offers its most frequent values only (search/facets.py)."""

from fmm_extranet.search.facets import FACET_LIMIT
from fmm_extranet.search.facets import labelled


def test_a_facet_offers_its_most_frequent_values_ties_kept_as_solr_keeps_them():
    assert FACET_LIMIT == 20
    rare = {str(year): 1 for year in range(2000, 2004)}
    frequent = {str(year): 2 for year in range(2004, 2025)}  # 21 values for 20 places
    years = labelled({"fmm_year": {**rare, **frequent}})["fmm_year"]
    assert [entry["value"] for entry in years] == [str(year) for year in range(2023, 2003, -1)]
    assert {entry["count"] for entry in years} == {2}
