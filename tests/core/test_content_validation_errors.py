"""plone.restapi's validation of our content types answers in the one error shape.

plone.restapi refuses a bad add or update with ``BadRequest([{"message", "field",
"error"}...])``; before, the client got the Python ``repr`` of that list as message.
"""

from fmm_extranet.testing import SITE_ADMIN
from tests.core.test_endpoints_refuse_bad_input import assert_one_shape
from tests.core.test_endpoints_refuse_bad_input import is_french


#: zope.schema's messages, in French by Plone's own translations.
SCHEMA_FRENCH = {"Le courriel spécifié n'est pas valide.", "Contrainte non satisfaite"}


def french(message):
    return is_french(message) or message in SCHEMA_FRENCH


WORKERS = "travailleurs"


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
