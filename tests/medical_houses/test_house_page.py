"""A medical house's page: the disciplines present in its GET (``?expand=disciplines``),
and the map's background from the Extranet settings (``@medical-houses``)."""

from plone import api
from tests.medical_houses.test_directory import found
from tests.medical_houses.test_directory import houses  # noqa: F401 (fixture)
from tests.medical_houses.test_directory import LAVEU_DISCIPLINES
import transaction


def test_the_house_page_shows_the_disciplines_present(as_user, houses):  # noqa: F811
    reader = as_user("gp_igb")
    answer = reader.get("maisons-medicales/mm-seraing", params={"expand": "disciplines"}).json()
    assert answer["@components"]["disciplines"]["items"] == [
        {"token": "dieteticien", "title": "diététicien·ne", "from_accounts": False}
    ]
    answer = reader.get("maisons-medicales/mm-laveu", params={"expand": "disciplines"}).json()
    items = answer["@components"]["disciplines"]["items"]
    assert {item["token"]: item["from_accounts"] for item in items} == LAVEU_DISCIPLINES
    assert [item["title"] for item in items] == sorted(item["title"] for item in items)
    unexpanded = reader.get("maisons-medicales/mm-laveu").json()["@components"]["disciplines"]
    assert "items" not in unexpanded


def test_other_content_has_no_disciplines(as_user, houses):  # noqa: F811
    answer = as_user("gp_igb").get("", params={"expand": "disciplines"}).json()
    assert "disciplines" not in answer.get("@components", {})


def test_the_map_background_comes_from_the_settings(as_user, houses):  # noqa: F811
    reader = as_user("nurse_igl")
    assert found(reader)["map"] == {
        "tile_url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "attribution": "© OpenStreetMap",
    }
    api.portal.set_registry_record("fmm_extranet.map_tile_url", "https://tiles.example.be/{z}/{x}/{y}.png")
    api.portal.set_registry_record("fmm_extranet.map_attribution", "© Exemple")
    transaction.commit()
    assert found(reader)["map"] == {
        "tile_url": "https://tiles.example.be/{z}/{x}/{y}.png",
        "attribution": "© Exemple",
    }
    api.portal.set_registry_record("fmm_extranet.map_tile_url", "")
    transaction.commit()
    assert found(reader)["map"]["tile_url"] is None  # a blank background
