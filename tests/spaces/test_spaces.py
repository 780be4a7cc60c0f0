"""What documents repeat of their space follows the space's edits."""

from plone import api


WG = "groupes-de-travail/gt-ecologie-test"


def document_entry(portal):
    portal._p_jar.sync()
    catalog = api.portal.get_tool("portal_catalog")
    [brain] = catalog.unrestrictedSearchResults(path=f"/plone/{WG}/gt-doc")
    return brain


def test_renaming_a_space_renames_the_group_of_its_documents(as_user, world_portal):
    response = as_user("site_admin").patch(WG, json={"title": "GT Climat"})
    assert response.status_code == 204, response.text
    assert document_entry(world_portal).fmm_group_title == "GT Climat"


def test_marking_a_space_confidential_hides_its_documents_from_outsiders(as_user, world_portal):
    assert document_entry(world_portal).fmm_confidential is False
    response = as_user("site_admin").patch(WG, json={"confidential": True})
    assert response.status_code == 204, response.text
    assert document_entry(world_portal).fmm_confidential is True
