"""Helpers shared by the capabilities (core/utils.py)."""

from Acquisition import aq_parent
from fmm_extranet.core.utils import BrainObjects
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
