"""Failed logins are braked per account and per client (issue 12, point 5; SPEC rule 11).

Clients reach the site through waitress configured like the generated instance, so
each has its own address (X-Forwarded-For of the trusted proxy).
"""

from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from tests.helpers import submit_form


VICTIM = "192.0.2.10"
ATTACKER = "203.0.113.66"
BRAKED = "Trop de tentatives de connexion échouées. Réessayez dans 1 minute(s)."


def sign_in(client, user_id, password=PASSWORD, **extra):
    return client.post("@login", json={"login": login_of(user_id), "password": password, **extra})


def test_the_25th_wrong_password_is_braked_and_the_victim_still_gets_in(behind_proxy):
    victim = behind_proxy(VICTIM)
    assert sign_in(victim, "nurse_igl").status_code == 200
    attacker = behind_proxy(ATTACKER)
    answers = [sign_in(attacker, "nurse_igl", f"guess-{n}") for n in range(25)]
    assert [a.status_code for a in answers] == [401] * 5 + [429] * 20
    assert answers[0].json()["message"] == "Adresse de courriel ou mot de passe incorrect."
    braked = answers[24]
    assert braked.json()["type"] == "TooManyRequests"
    assert braked.json()["message"] == BRAKED
    assert 0 < int(braked.headers["Retry-After"]) <= 30
    # A braked login is not checked: the right password does not get through either.
    assert sign_in(attacker, "nurse_igl").status_code == 429
    assert sign_in(behind_proxy("198.51.100.20"), "nurse_igl").status_code == 429
    # The victim's usual client is not held back; their login clears the failures.
    response = sign_in(victim, "nurse_igl")
    assert response.status_code == 200
    assert response.json()["token"]
    assert sign_in(behind_proxy("198.51.100.20"), "nurse_igl").status_code == 200
    # Other accounts are not braked for the attacker's client (5 failures so far).
    assert sign_in(attacker, "gp_igb").status_code == 200


def test_delays_grow_with_the_failures():
    from fmm_extranet.accounts.ratelimit import LIMITER
    from fmm_extranet.sessions import brake

    key = "login-failed:account:someone@example.org"
    waits = []
    for _ in range(9):
        LIMITER.record(key)
        waits.append(round(brake._wait(key, brake.ACCOUNT_ALLOWANCE, max(LIMITER.recent(key)))))
    assert waits == [0, 0, 0, 0, 30, 60, 120, 240, 480]
    for _ in range(3):
        LIMITER.record(key)
    assert round(brake._wait(key, brake.ACCOUNT_ALLOWANCE, max(LIMITER.recent(key)))) == 900


def test_a_client_trying_many_accounts_is_braked(behind_proxy):
    sprayer = behind_proxy("203.0.113.99")
    statuses = [sign_in(sprayer, f"nobody_{n}", "guess").status_code for n in range(21)]
    assert statuses == [401] * 20 + [429]
    assert sign_in(sprayer, "gp_igb").status_code == 429
    assert sign_in(behind_proxy("192.0.2.30"), "gp_igb").status_code == 200


def test_every_channel_goes_through_the_brake(behind_proxy):
    """HTTP basic authentication counts and is braked like @login."""
    attacker = behind_proxy(ATTACKER)
    attacker.auth = (login_of("nurse_igl"), "guess")
    assert [attacker.get("").status_code for _ in range(5)] == [401] * 5
    assert sign_in(attacker, "nurse_igl").status_code == 429
    attacker.auth = (login_of("nurse_igl"), PASSWORD)
    assert attacker.get("").status_code == 401
    honest = behind_proxy("192.0.2.40")
    honest.auth = (login_of("gp_igb"), PASSWORD)
    assert honest.get("").status_code == 200


def classic_sign_in(client, user_id, password=PASSWORD):
    values = {"__ac_name": login_of(user_id), "__ac_password": password}
    return submit_form(client, "login", values, "buttons.login", form_id="LoginForm")


def test_the_classic_login_form_is_braked_too(behind_proxy):
    victim = behind_proxy(VICTIM, accept=None)
    classic_sign_in(victim, "nurse_igl")
    assert "__ac" in victim.cookies
    attacker = behind_proxy(ATTACKER, accept=None)
    answers = [classic_sign_in(attacker, "nurse_igl", f"guess-{n}") for n in range(6)]
    assert [a.status_code for a in answers] == [200] * 5 + [429]
    assert BRAKED not in answers[4].text
    assert BRAKED in answers[5].text
    assert "__ac" not in attacker.cookies
    classic_sign_in(attacker, "nurse_igl")
    assert "__ac" not in attacker.cookies
    victim.cookies.clear()
    classic_sign_in(victim, "nurse_igl")
    assert "__ac" in victim.cookies
