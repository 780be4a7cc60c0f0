"""The catalog's side of collective.solr's dispatcher (search/dispatcher.py)."""

from fmm_extranet.search.dispatcher import catalog_only
from fmm_extranet.search.dispatcher import whole_site
import pytest


WHOLE_SITE = ["/plone", "/plone/", ["/plone"], {"query": "/plone"}, {"query": ["/plone"], "depth": -1}]
NOT_WHOLE_SITE = [
    "/plone/agenda",
    ["/plone", "/plone/agenda"],
    {"query": "/plone", "depth": 1},
    {"query": "/plone", "navtree": 1},
    {"query": "/plone", "level": -1},
    {"depth": 1},
    None,
]


@pytest.mark.parametrize("path", WHOLE_SITE)
def test_a_path_of_the_whole_site_is_left_out(path):
    assert whole_site(path, "/plone")
    assert catalog_only({"path": path, "portal_type": "Activity"}, "/plone") == {"portal_type": "Activity"}


@pytest.mark.parametrize("path", NOT_WHOLE_SITE)
def test_a_path_that_narrows_is_kept(path):
    assert not whole_site(path, "/plone")
    assert catalog_only({"path": path}, "/plone") == {"path": path}


def test_a_search_at_the_root_finds_everywhere_and_in_a_folder_only_there(as_user, world_portal):
    nurse = as_user("nurse_igl")
    query = {"portal_type": "Folder", "sort_on": "getId", "b_size": 100}
    everywhere = nurse.get("@search", params=query).json()["items"]
    inside = nurse.get("groupes-sectoriels/@search", params=query).json()["items"]
    site = world_portal.absolute_url()
    assert {item["@id"] for item in inside} < {item["@id"] for item in everywhere}
    assert all(item["@id"].startswith(f"{site}/groupes-sectoriels") for item in inside)
    assert any(not item["@id"].startswith(f"{site}/groupes-sectoriels") for item in everywhere)
