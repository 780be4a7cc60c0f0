"""The Extranet control panel through @controlpanels: the vocabularies edited as rows
in Volto (their widget hint), the public address checked, administrators only."""

from plone import api
from tests.accounts.test_requests import DENIED
import pytest


PANEL = "@controlpanels/fmm_extranet"


def test_the_vocabularies_ask_for_the_rows_widget(as_user):
    panel = as_user("site_admin").get(PANEL)
    assert panel.status_code == 200, panel.text
    properties = panel.json()["schema"]["properties"]
    rows = {
        name
        for name, field in properties.items()
        if field.get("widgetOptions", {}).get("frontendOptions", {}).get("widget") == "fmm_term_rows"
    }
    assert rows == {
        "functions",
        "function_complements",
        "intergroups",
        "dequap_categories",
        "activity_types",
        "announcement_types",
    }
    assert properties["public_url"]["title"] == "Adresse publique"


def test_a_vocabulary_row_is_saved_and_a_wrong_one_refused(as_user):
    admin = as_user("site_admin")

    def types():
        return admin.get(PANEL).json()["data"]["announcement_types"]

    before = types()
    wrong = admin.patch(PANEL, json={"announcement_types": [*before, "Sans jeton"]})
    assert wrong.status_code == 400
    assert types() == before
    added = [*before, "formation_continue|Formation continue"]
    saved = admin.patch(PANEL, json={"announcement_types": added})
    assert saved.status_code == 204, saved.text
    assert types() == added
    terms = admin.get("@vocabularies/fmm_extranet.AnnouncementTypes").json()["items"]
    assert {"token": "formation_continue", "title": "Formation continue"} in terms


def test_the_public_address_is_checked(as_user, world_portal):
    admin = as_user("site_admin")
    for wrong in ("extranet.example.be", "ftp://example.be", "https://example.be/?a=1"):
        response = admin.patch(PANEL, json={"public_url": wrong})
        assert response.status_code == 400, (wrong, response.text)
    assert admin.patch(PANEL, json={"public_url": "https://extranet.example.be"}).status_code == 204
    world_portal._p_jar.sync()
    assert api.portal.get_registry_record("fmm_extranet.public_url") == "https://extranet.example.be"


def test_the_map_tiles_are_checked_and_may_be_emptied(as_user, world_portal):
    admin = as_user("site_admin")
    for wrong in ("http://tiles.example.be/{z}/{x}/{y}.png", "https://tiles.example.be/tile.png"):
        response = admin.patch(PANEL, json={"map_tile_url": wrong})
        assert response.status_code == 400, (wrong, response.text)
        assert response.json()["errors"][0]["message"].startswith("Donnez une adresse https contenant {z}")
    tiles = "https://tiles.example.be/{z}/{x}/{y}.png"
    assert admin.patch(PANEL, json={"map_tile_url": tiles, "map_attribution": "© Exemple"}).status_code == 204
    world_portal._p_jar.sync()
    assert api.portal.get_registry_record("fmm_extranet.map_tile_url") == tiles
    assert admin.patch(PANEL, json={"map_tile_url": ""}).status_code == 204
    assert not admin.get(PANEL).json()["data"]["map_tile_url"]  # a blank background


@pytest.mark.parametrize("who", [None, "fede_staff", "gp_igb"])
def test_only_administrators_change_it(as_user, who):
    assert as_user(who).patch(PANEL, json={"public_url": "https://pirate.example"}).status_code in DENIED
