"""Helpers shared by the capabilities (core/utils.py)."""

from Acquisition import aq_parent
from datetime import datetime
from datetime import UTC
from fmm_extranet.core.utils import address
from fmm_extranet.core.utils import BrainObjects
from fmm_extranet.core.utils import FOLDER_URLS
from fmm_extranet.core.utils import months_touched
from plone import api


def test_brain_objects_are_the_catalogs_each_folder_traversed_once(integration):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(path="/".join(integration["portal"].getPhysicalPath()))
    objects = BrainObjects()
    with api.env.adopt_user(user=api.user.get(userid="wg_outsider")):
        loaded = [objects(brain) for brain in brains]
    assert [o.getPhysicalPath() for o in loaded] == [
        brain._unrestrictedGetObject().getPhysicalPath() for brain in brains
    ]
    assert all(
        aq_parent(o) is objects.folders[brain.getPath().rpartition("/")[0]]
        for o, brain in zip(loaded, brains, strict=True)
    )
    assert len(objects.folders) < len(brains)


def test_months_touched_are_the_sites_months_from_start_to_end(integration):
    # 23:30 UTC on 31 March is 01:30 on 1 April in Brussels (summer time)
    assert months_touched(
        datetime(2030, 3, 31, 23, 30, tzinfo=UTC), datetime(2030, 4, 1, 1, 0, tzinfo=UTC)
    ) == ["2030-04"]
    assert months_touched(datetime(2030, 11, 30, 9), datetime(2031, 2, 1, 9)) == [
        "2030-11",
        "2030-12",
        "2031-01",
        "2031-02",
    ]
    assert months_touched(datetime(2030, 5, 2, 9), datetime(2030, 5, 1, 9)) == ["2030-05"]  # end before start


def test_an_address_is_the_requests_url_of_the_path(integration):
    """Each folder's URL made once, with or without a virtual root (Volto's ++api++)."""
    portal, request = integration["portal"], integration["request"]
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(path="/".join(portal.getPhysicalPath()))
    assert {brain.getPath().count("/") for brain in brains} >= {1, 2, 3, 4}
    for virtual_root in (None, portal.getPhysicalPath()):
        request.other.pop(FOLDER_URLS, None)
        if virtual_root:
            request.other["VirtualRootPhysicalPath"] = virtual_root
        assert [address(brain) for brain in brains] == [
            request.physicalPathToURL(b.getPath()) for b in brains
        ]
    assert address(next(b for b in brains if b.getPath() == "/plone")) == request.physicalPathToURL("/plone")
