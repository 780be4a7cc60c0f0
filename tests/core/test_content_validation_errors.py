"""plone.restapi's validation of our content types answers in the one error shape.

plone.restapi refuses a bad add or update with ``BadRequest([{"message", "field",
"error"}...])``; before, the client got the Python ``repr`` of that list as message.
"""

from fmm_extranet.testing import SITE_ADMIN
from tests.core.test_endpoints_refuse_bad_input import assert_one_shape
from tests.core.test_endpoints_refuse_bad_input import is_french
import pytest


#: zope.schema's messages, in French by Plone's own translations.
SCHEMA_FRENCH = {"Le courriel spécifié n'est pas valide.", "Contrainte non satisfaite"}


def french(message):
    return is_french(message) or message in SCHEMA_FRENCH


WORKERS = "travailleurs"
BAD_ZONE = "La zone d'inscription est un polygone GeoJSON (Polygon ou MultiPolygon), avec ses coordonnées."


def test_a_worker_with_a_bad_email_gets_field_errors_in_french(as_user, world_portal):
    before = set(world_portal[WORKERS].objectIds())
    response = as_user(SITE_ADMIN).post(
        WORKERS,
        json={
            "@type": "Worker",
            "first_name": "A",
            "last_name": "B",
            "email": "pas-un-email",
            "user_id": "gp_igb",
        },
    )
    assert_one_shape(response, {400}, french)
    body = response.json()
    assert body["type"] == "BadRequest"
    assert body["message"] == "Certains champs ne sont pas valides."
    assert [e["field"] for e in body["errors"]] == ["email"]
    assert "[{" not in response.text and "'message'" not in response.text
    world_portal._p_jar.sync()
    assert set(world_portal[WORKERS].objectIds()) == before


def test_a_space_update_with_a_bad_token_gets_field_errors_in_french(as_user, world_portal):
    response = as_user(SITE_ADMIN).patch("groupes-sectoriels/infirmiers", json={"profession": "astronaute"})
    assert_one_shape(response, {400}, french)
    assert [e["field"] for e in response.json()["errors"]] == ["profession"]
    world_portal._p_jar.sync()
    assert world_portal["groupes-sectoriels"]["infirmiers"].profession == "infirmier"


@pytest.mark.parametrize(
    "zone",
    [
        {"type": "Point", "coordinates": [5.5, 50.6]},
        {"coordinates": [[[5.5, 50.6]]]},
        "pas du GeoJSON",
        "{'type': 'Polygon'}",
    ],
)
def test_a_bad_geojson_zone_gets_a_field_error_in_french(as_user, world_portal, zone):
    """Intergroups have no zone: only a house's registration zone is GeoJSON."""
    path = "maisons-medicales/mm-laveu"
    before = world_portal.unrestrictedTraverse(path).zone
    response = as_user(SITE_ADMIN).patch(path, json={"zone": zone})
    assert_one_shape(response, {400}, french)
    body = response.json()
    assert body["message"] == "Certains champs ne sont pas valides."
    assert [(e["field"], e["message"]) for e in body["errors"]] == [("zone", BAD_ZONE)]
    world_portal._p_jar.sync()
    assert world_portal.unrestrictedTraverse(path).zone == before


def test_a_location_that_is_not_json_gets_a_field_error_in_french(as_user, world_portal):
    response = as_user(SITE_ADMIN).patch("maisons-medicales/mm-laveu", json={"geolocation": "50.6, 5.5"})
    assert_one_shape(response, {400}, french)
    assert response.json()["errors"] == [
        {
            "field": "geolocation",
            "message": "La localisation donne une latitude (de -90 à 90) et une longitude (de -180 à 180).",
        }
    ]
