"""The demo data builds, deterministically, with working demo accounts."""

from fmm_extranet.demo import create_demo
from fmm_extranet.demo import DEMO_ACCOUNTS
from fmm_extranet.people.directory import directory
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID


def test_demo_builds(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    create_demo(portal)
    catalog = api.portal.get_tool("portal_catalog")
    world = {"mm-laveu", "mm-marolles"}  # the two houses of the test world
    houses = [
        b for b in catalog.unrestrictedSearchResults(portal_type="MedicalHouse") if b.getId not in world
    ]
    assert len(houses) == 125
    brussels = catalog.unrestrictedSearchResults(portal_type="MedicalHouse", fmm_intergroup="igb")
    assert len([b for b in brussels if b.getId not in world]) == 53
    assert len(catalog.unrestrictedSearchResults(portal_type="Intergroup")) == 7
    assert len({b.fmm_number for b in houses}) == 125
    assert (
        len(
            catalog.unrestrictedSearchResults(
                portal_type="SectoralGroup", path={"query": "/plone/groupes-sectoriels", "depth": 1}
            )
        )
        >= 10
    )
    workers = catalog.unrestrictedSearchResults(portal_type="Worker")
    assert len(workers) > 250
    for user_id, (_email, _f, _l, status, _w, tokens) in DEMO_ACCOUNTS.items():
        groups = {g.id for g in api.group.get_groups(username=user_id)}
        assert ("active_workers" in groups) is (status == "active"), user_id
        if status == "active":
            assert {f"profession_{t}" for t in tokens} <= groups
    pdfs = catalog.unrestrictedSearchResults(portal_type="File")
    assert pdfs and pdfs[0]._unrestrictedGetObject().file.data.startswith(b"%PDF-1.4")
    # The directory's example of the guide ("MG liégeois"): a GP of Liège, addictions.
    example, _record_ids = directory(
        {"function": "medecin_generaliste", "intergroup": "igl", "speciality": "Addictions"}
    )
    assert example, "no GP of Liège with addictions as speciality in the demo"
