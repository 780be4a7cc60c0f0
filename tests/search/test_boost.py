"""The worker's own groups that the search boosts, found in the catalog without loading
the groups — and upgrade 1009, which indexes the groups of an older site."""

from fmm_extranet.search.boost import own_groups
from fmm_extranet.upgrades import to_1009
from plone import api
import pytest
import transaction


@pytest.fixture
def portal(functional):
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=portal["intergroupes"], type="Intergroup", id="igl", title="IGL", code="igl"
        )
        api.content.create(
            container=portal["intergroupes"], type="Intergroup", id="igb", title="IGB", code="igb"
        )
    return portal


def uid(portal, path):
    return portal.unrestrictedTraverse(path).UID()


def test_a_nurse_of_liege_owns_her_house_intergroup_and_the_nurses_main_group(portal):
    groups = own_groups("nurse_igl")
    assert uid(portal, "maisons-medicales/mm-laveu") in groups
    assert uid(portal, "intergroupes/igl") in groups
    assert uid(portal, "intergroupes/igb") not in groups
    assert uid(portal, "groupes-sectoriels/infirmiers") in groups
    assert (
        uid(portal, "groupes-sectoriels/infirmiers/infirmiers-bruxelles") not in groups
    )  # a local sub-group
    assert uid(portal, "groupes-de-travail/gt-ecologie-test") not in groups
    assert uid(portal, "groupes-de-travail/gt-ecologie-test") in own_groups("wg_member")
    assert own_groups("nobody") == set()


def test_upgrade_1009_indexes_the_groups_of_an_older_site(portal):
    catalog = api.portal.get_tool("portal_catalog")
    for path in ("groupes-sectoriels/infirmiers", "intergroupes/igl"):
        record_id = catalog.getrid("/".join(portal.unrestrictedTraverse(path).getPhysicalPath()))
        for index in ("fmm_functions", "fmm_intergroup"):
            catalog._catalog.getIndex(index).unindex_object(record_id)  # as before 1009
    before = own_groups("nurse_igl")
    assert uid(portal, "groupes-sectoriels/infirmiers") not in before
    assert uid(portal, "intergroupes/igl") not in before
    to_1009(api.portal.get_tool("portal_setup"))
    after = own_groups("nurse_igl")
    assert {uid(portal, "groupes-sectoriels/infirmiers"), uid(portal, "intergroupes/igl")} <= after


def test_own_groups_kept_in_ram_follow_a_new_subscription(world_portal, as_user):
    theme = uid(world_portal, "thematiques/sante-environnement")
    transaction.begin()  # the committed site, as a request sees it
    assert theme not in own_groups("nurse_igl")
    assert own_groups("nurse_igl") is own_groups("nurse_igl")  # kept
    response = as_user("nurse_igl").patch("@my-profile", json={"subscriptions": [theme]})
    assert response.status_code == 200, response.text
    transaction.begin()
    assert theme in own_groups("nurse_igl")
