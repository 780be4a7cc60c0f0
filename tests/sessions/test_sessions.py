"""Sessions end at logout, after the idle timeout and after their lifetime; "Se souvenir
de moi" opts into a longer one (issue 12, point 6; SPEC rule 11).

Time passes by moving a session's recorded moments back, as the account tests age
their records.
"""

from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from plone import api
from tests.helpers import session_for
import jwt
import pytest
import time
import transaction


HOUR = 3600
DAY = 24 * HOUR


def sign_in(portal, user_id="nurse_igl", **extra):
    """The token of a REST sign-in: the only credential it gives (no classic session cookie)."""
    with session_for(portal) as anonymous:
        response = anonymous.post("@login", json={"login": login_of(user_id), "password": PASSWORD, **extra})
        assert not anonymous.cookies
    assert response.status_code == 200, response.text
    return response.json()["token"]


def status_with(portal, token, path=""):
    """The status of a request carrying only ``token`` (200: still signed in)."""
    with session_for(portal) as client:
        client.headers["Authorization"] = f"Bearer {token}"
        return client.get(path).status_code


def post_with(portal, token, path):
    with session_for(portal) as client:
        client.headers["Authorization"] = f"Bearer {token}"
        return client.post(path)


def session_of(portal, token):
    """The stored session of ``token``, as the server last wrote it."""
    transaction.begin()
    return portal.acl_users.jwt_auth._sessions[token]


def set_times(portal, token, started_ago=None, last_ago=None):
    """Pretend the token's session started, and was last used, that many seconds ago."""
    session = session_of(portal, token)
    moment = int(time.time())
    if started_ago is not None:
        session.started = moment - started_ago
    if last_ago is not None:
        session.last = moment - last_ago
    transaction.commit()


def claims(token):
    return jwt.decode(token, options={"verify_signature": False})


def test_a_token_is_refused_after_logout(world_portal):
    token = sign_in(world_portal)
    other = sign_in(world_portal)
    assert status_with(world_portal, token) == 200
    assert post_with(world_portal, token, "@logout").status_code == 204
    assert status_with(world_portal, token) == 401
    assert post_with(world_portal, token, "@login-renew").status_code == 401
    # Only that session ended: the worker's other device (signed in the same second,
    # maybe) is still signed in.
    assert other != token
    assert status_with(world_portal, other) == 200


def test_a_token_is_refused_after_the_idle_timeout(world_portal):
    api.portal.set_registry_record("fmm_extranet.session_idle_timeout", 30)
    transaction.commit()
    token = sign_in(world_portal)
    set_times(world_portal, token, started_ago=50 * 60, last_ago=29 * 60)
    assert status_with(world_portal, token) == 200
    # That request was activity: the 30 minutes count from it.
    assert session_of(world_portal, token).last >= time.time() - 60
    set_times(world_portal, token, last_ago=31 * 60)
    assert status_with(world_portal, token) == 401
    response = post_with(world_portal, token, "@login-renew")
    assert response.status_code == 401
    assert response.json()["message"] == "Votre session a pris fin. Veuillez vous reconnecter."


def test_a_session_ends_after_its_lifetime_even_in_use(world_portal):
    token = sign_in(world_portal)
    assert claims(token)["exp"] - claims(token)["auth_time"] == 12 * HOUR
    assert claims(token)["remember"] is False
    set_times(world_portal, token, started_ago=11 * HOUR + 59 * 60, last_ago=60)
    assert status_with(world_portal, token) == 200
    set_times(world_portal, token, started_ago=12 * HOUR + 60, last_ago=0)
    assert status_with(world_portal, token) == 401


def test_remember_me_outlives_the_idle_timeout(world_portal):
    token = sign_in(world_portal, remember=True)
    assert claims(token)["remember"] is True
    assert claims(token)["exp"] - claims(token)["auth_time"] == 30 * DAY
    set_times(world_portal, token, started_ago=3 * DAY, last_ago=3 * DAY)
    assert status_with(world_portal, token) == 200
    set_times(world_portal, token, started_ago=30 * DAY + 60, last_ago=60)
    assert status_with(world_portal, token) == 401


def test_renewing_keeps_the_session_start_and_revokes_the_old_token(world_portal):
    token = sign_in(world_portal, remember=False)
    set_times(world_portal, token, started_ago=2 * HOUR, last_ago=60)
    response = post_with(world_portal, token, "@login-renew")
    assert response.status_code == 200, response.text
    renewed = response.json()["token"]
    assert renewed != token
    assert claims(renewed)["auth_time"] == session_of(world_portal, renewed).started
    assert claims(renewed)["exp"] == pytest.approx(claims(token)["exp"] - 2 * HOUR, abs=2)
    assert status_with(world_portal, token) == 401
    assert status_with(world_portal, renewed) == 200


def test_signing_in_answers_in_french(world_portal):
    with session_for(world_portal) as anonymous:
        response = anonymous.post("@login", json={"login": login_of("nurse_igl"), "password": "wrong"})
        assert response.status_code == 401
        assert response.json()["message"] == "Adresse de courriel ou mot de passe incorrect."
        response = anonymous.post("@login", json={"login": " ", "remember": "yes"})
        assert response.status_code == 400
        assert {e["field"]: e["message"] for e in response.json()["errors"]} == {
            "login": "Indiquez votre adresse de courriel.",
            "password": "Indiquez votre mot de passe.",
            "remember": "Indiquez si la session doit être retenue : true ou false.",
        }
        response = anonymous.post("@login", data="[1, 2]", headers={"Content-Type": "application/json"})
        assert response.status_code == 400
        assert "__ac" not in anonymous.cookies


def test_the_settings_have_defaults(world_portal):
    assert [
        api.portal.get_registry_record(f"fmm_extranet.{name}")
        for name in ("session_idle_timeout", "session_lifetime", "session_remember_days")
    ] == [120, 12, 30]
