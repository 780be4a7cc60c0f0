"""Account requests, approval, activation links and new passwords: REST calls, real email."""

from datetime import timedelta
from fmm_extranet.accounts import tokens
from fmm_extranet.accounts.ratelimit import RateLimiter
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.core.errors import LimitReached
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from plone import api
from plone.restapi.testing import RelativeSession
import pytest
import re
import transaction


WORKERS = "travailleurs"
DENIED = (401, 403)
NEW_PASSWORD = "nouveau-secret-2026"
LINK = re.compile(r"(https?://\S+)\?token=([\w-]+)")
#: Where a signed-out, pending, rejected or departed account must find nothing.
PRIVATE_PATHS = (
    "",
    "actualites/news",
    "@search",
    "@my-profile",
    "@my-data",
    "@my-shortcuts",
    "@account-requests",
    "maisons-medicales/mm-marolles/@team",
)


@pytest.fixture(autouse=True)
def mail_server(smtp_inbox):
    """Every new request mails its reviewers: the SMTP server must answer."""
    return smtp_inbox


def house_uid(portal, house_id):
    return portal["maisons-medicales"][house_id].UID()


def request_body(portal, **changes):
    return {
        "first_name": "Camille",
        "last_name": "Durand",
        "email": "Camille.Durand@example.net",
        "workplace": house_uid(portal, "mm-marolles"),
        "functions": ["infirmier"],
        "consent": True,
        **changes,
    }


def submit(as_user, portal, **changes):
    response = as_user().post("@account-requests", json=request_body(portal, **changes))
    assert response.status_code == 201, response.text
    portal._p_jar.sync()
    return worker_by_email(portal, request_body(portal, **changes)["email"].lower())


def worker_by_email(portal, email):
    found = [w for w in portal[WORKERS].objectValues() if w.email == email]
    return found[0] if found else None


def session(portal, login, password):
    client = RelativeSession(portal.absolute_url())
    client.headers.update({"Accept": "application/json"})
    client.auth = (login, password)
    return client


def link_token(message):
    """The token of the one-time link in a mail."""
    return LINK.search(message.get_content()).group(2)


def only_recipient(message, address):
    """The mail goes to ``address`` alone, and names no other address anywhere."""
    assert message["To"] == address
    assert message["Cc"] is None and message["Bcc"] is None
    assert set(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", message.get_content())) <= {address}


def snapshot(portal):
    """Workers and accounts, to check that a refused request left nothing behind."""
    portal._p_jar.sync()
    return set(portal[WORKERS].objectIds()), {u.getId() for u in api.user.get_users()}


def coordinate_intergroup(portal, code, user_id):
    """An Intergroup space whose coordinator is ``user_id``."""
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=portal["intergroupes"],
            type="Intergroup",
            id=code,
            title=code.upper(),
            code=code,
            coordinators=[user_id],
        )
    transaction.commit()


def set_password(portal, worker, password=PASSWORD):
    api.portal.get_tool("acl_users").userSetPassword(worker.user_id, password)
    transaction.commit()


# Asking for an account


def test_request_creates_a_pending_worker_who_sees_nothing(as_user, world_portal):
    worker = submit(as_user, world_portal)
    assert worker.status == "pending"
    assert api.content.get_state(worker) == "pending"
    assert worker.title == "Camille Durand"
    assert worker.email == "camille.durand@example.net"
    assert "camille" not in worker.user_id and "durand" not in worker.user_id
    acl_users = world_portal.acl_users
    assert acl_users.source_users.getLoginForUserId(worker.user_id) == worker.email
    (job,) = worker.jobs()
    assert job.workplace == house_uid(world_portal, "mm-marolles")
    assert job.functions == [{"function": "infirmier", "complement": None, "speciality": ""}]
    assert not [
        g
        for g in api.group.get_groups(user=api.user.get(userid=worker.user_id))
        if g.getId() not in ("AuthenticatedUsers",)
    ]
    assert account_record(worker)["consent"]
    set_password(world_portal, worker)
    requester = session(world_portal, worker.email, PASSWORD)
    for path in PRIVATE_PATHS:
        assert requester.get(path).status_code in DENIED, path


def test_request_accepts_functions_with_complement_and_speciality(as_user, world_portal):
    functions = [
        {"function": "medecin_generaliste", "complement": "maitre_de_stage", "speciality": "addictions"},
        {"function": "psychologue"},
    ]
    worker = submit(as_user, world_portal, functions=functions, workplace="federation")
    (job,) = worker.jobs()
    assert job.workplace == "federation"
    assert job.functions[0]["speciality"] == "addictions"
    assert [f["function"] for f in job.functions] == ["medecin_generaliste", "psychologue"]


BAD_REQUESTS = [
    ({"consent": False}, "consent"),
    ({"consent": None}, "consent"),
    ({"email": "pas-une-adresse"}, "email"),
    ({"email": ""}, "email"),
    ({"workplace": "nulle-part"}, "workplace"),
    ({"functions": ["astronaute"]}, "functions"),
    ({"functions": []}, "functions"),
    ({"functions": [{"function": "infirmier", "colour": "blue"}]}, "functions"),
    ({"first_name": ""}, "first_name"),
    ({"last_name": "<script>alert('x')</script>"}, "last_name"),
    ({"first_name": "<b>Camille</b>"}, "first_name"),
    ({"first_name": "Camille\nDurand"}, "first_name"),
    ({"last_name": "D" * 101}, "last_name"),
]


@pytest.mark.parametrize(
    "changes,field", BAD_REQUESTS, ids=[f"{f}-{i}" for i, (_c, f) in enumerate(BAD_REQUESTS)]
)
def test_bad_request_is_400_with_field_errors_and_creates_nothing(as_user, world_portal, changes, field):
    before = snapshot(world_portal)
    response = as_user().post("@account-requests", json=request_body(world_portal, **changes))
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["type"] == "BadRequest"
    assert field in [e["field"] for e in body["errors"]]
    assert all(e["message"] for e in body["errors"])
    assert snapshot(world_portal) == before


def test_body_must_be_a_json_object(as_user):
    response = as_user().post("@account-requests", json=["Camille"])
    assert response.status_code == 400
    response = as_user().post(
        "@account-requests", data="{pas du json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400


def test_duplicate_email_error_tells_nothing_about_the_account(as_user, world_portal, smtp_inbox):
    """Answered as a new request; its holder is mailed (tests/accounts/test_enumeration.py)."""
    response = as_user().post(
        "@account-requests", json=request_body(world_portal, email=login_of("nurse_igl"))
    )
    assert response.status_code == 201
    text = response.text.lower()
    assert "nurse" not in text and "laveu" not in text and "nurse_igl" not in text


def test_messages_and_mails_are_in_french(as_user, world_portal, smtp_inbox):
    """The site speaks French (plone.default_language); msgids are English."""
    response = as_user().post(
        "@account-requests", json=request_body(world_portal, consent=False, functions=[])
    )
    body = response.json()
    assert body["message"] == "Certains champs ne sont pas valides."
    messages = {e["field"]: e["message"] for e in body["errors"]}
    assert messages["functions"] == "Un emploi doit compter au moins une fonction."
    assert messages["consent"] == "Votre consentement au traitement de vos données est nécessaire."
    as_user().post("@password-reset", json={"email": login_of("nurse_igl")})
    (message,) = smtp_inbox.wait_for(1)
    assert message["Subject"] == "Choisissez un nouveau mot de passe"
    assert "valable 24 heures et une seule fois" in message.get_content()


def test_a_flood_of_requests_is_refused_with_429(as_user, world_portal):
    api.portal.set_registry_record("fmm_extranet.rate_limit", 3)
    transaction.commit()
    for number in range(3):
        as_user().post("@account-requests", json=request_body(world_portal, email=f"p{number}@example.net"))
    before = snapshot(world_portal)
    response = as_user().post("@account-requests", json=request_body(world_portal, email="p9@example.net"))
    assert response.status_code == 429
    assert response.json()["type"] == "TooManyRequests"
    assert response.headers["Retry-After"] == "3600"
    assert snapshot(world_portal) == before
    reset = as_user().post("@password-reset", json={"email": login_of("nurse_igl")})
    assert reset.status_code == 429


def test_the_limit_counts_per_email_as_well_as_per_address():
    limiter = RateLimiter()
    limiter.attempt(["address:a", "email:x"], 2)
    limiter.attempt(["address:b", "email:x"], 2)
    with pytest.raises(LimitReached):
        limiter.attempt(["address:c", "email:x"], 2)
    limiter.attempt(["address:c", "email:y"], 2)


# Deciding on requests


def test_staff_list_pending_requests_with_overdue_flag(as_user, world_portal):
    worker = submit(as_user, world_portal)
    response = as_user("fede_staff").get("@account-requests")
    assert response.status_code == 200, response.text
    items = {item["id"]: item for item in response.json()["items"]}
    assert set(items) == {worker.getId(), "pending_worker"}
    item = items[worker.getId()]
    assert (item["first_name"], item["last_name"], item["email"]) == (
        "Camille",
        "Durand",
        "camille.durand@example.net",
    )
    assert item["jobs"][0]["workplace_title"] == "Maison médicale des Marolles"
    assert item["jobs"][0]["functions"] == ["infirmier·ère"]
    assert item["overdue"] is False
    record = account_record(worker)
    record["requested"] -= timedelta(hours=49)
    transaction.commit()
    items = as_user("site_admin").get("@account-requests").json()["items"]
    assert [i["overdue"] for i in items if i["id"] == worker.getId()] == [True]


def test_intergroup_coordinators_see_the_requests_of_their_intergroup_only(as_user, world_portal):
    worker = submit(as_user, world_portal)  # at Marolles, intergroup IGB
    coordinate_intergroup(world_portal, "igb", "gp_igb")
    coordinate_intergroup(world_portal, "igl", "nurse_igl")
    assert [i["id"] for i in as_user("gp_igb").get("@account-requests").json()["items"]] == [worker.getId()]
    assert [i["id"] for i in as_user("nurse_igl").get("@account-requests").json()["items"]] == [
        "pending_worker"
    ]


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker", "wg_member", "mm_manager"])
def test_others_may_not_list_requests(as_user, who):
    assert as_user(who).get("@account-requests").status_code in DENIED


def test_approval_mails_a_one_time_link_that_sets_the_password(as_user, world_portal, smtp_inbox):
    worker = submit(as_user, world_portal)
    coordinate_intergroup(world_portal, "igb", "gp_igb")
    response = as_user("gp_igb").post(f"@account-requests/{worker.getId()}/approve")
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "active"
    world_portal._p_jar.sync()
    assert worker.status == "active"
    assert api.content.get_state(worker) == "active"
    (message,) = smtp_inbox.wait_for_to(worker.email)
    only_recipient(message, worker.email)
    assert message["Subject"] == "Votre compte sur l'extranet est validé"
    assert message["From"] == "extranet@fmm.be"
    link, token = LINK.search(message.get_content()).groups()
    assert link == f"{world_portal.absolute_url()}/activer-mon-compte"
    assert tokens.digest(token) in tokens.token_store()  # only the hash is kept
    assert token not in str(dict(tokens.token_store()))

    response = as_user().post("@account-activation", json={"token": token, "password": NEW_PASSWORD})
    assert response.status_code == 200, response.text
    assert response.json()["login"] == worker.email
    camille = session(world_portal, worker.email, NEW_PASSWORD)
    assert camille.get("actualites/news").status_code == 200
    again = as_user().post("@account-activation", json={"token": token, "password": "encore-un-autre-2026"})
    assert again.status_code == 400
    assert again.json()["errors"][0]["field"] == "token"
    assert camille.get("actualites/news").status_code == 200
    world_portal._p_jar.sync()
    assert account_record(worker)["activated"]


@pytest.mark.parametrize("who", [None, "nurse_igl", "wg_member", "pending_worker"])
def test_others_may_not_decide(as_user, world_portal, smtp_inbox, who):
    worker = submit(as_user, world_portal)
    coordinate_intergroup(world_portal, "igl", "nurse_igl")  # Marolles is in IGB
    for action, body in (("approve", {}), ("reject", {"reason": "Inconnu·e"})):
        response = as_user(who).post(f"@account-requests/{worker.getId()}/{action}", json=body)
        assert response.status_code in DENIED, response.text
    world_portal._p_jar.sync()
    assert worker.status == "pending"
    assert smtp_inbox.to(worker.email) == []


def test_rejection_needs_a_reason_and_mails_it(as_user, world_portal, smtp_inbox):
    worker = submit(as_user, world_portal)
    staff = as_user("fede_staff")
    response = staff.post(f"@account-requests/{worker.getId()}/reject", json={"reason": "  "})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "reason"
    world_portal._p_jar.sync()
    assert worker.status == "pending"
    reason = "Nous ne trouvons pas Camille dans l'équipe des Marolles."
    response = staff.post(f"@account-requests/{worker.getId()}/reject", json={"reason": reason})
    assert response.status_code == 200, response.text
    world_portal._p_jar.sync()
    assert worker.status == "rejected"
    assert api.content.get_state(worker) == "rejected"
    (message,) = smtp_inbox.wait_for_to(worker.email)
    only_recipient(message, worker.email)
    assert reason in message.get_content()
    assert "token=" not in message.get_content()
    again = staff.post(f"@account-requests/{worker.getId()}/approve")
    assert again.status_code == 409
    assert as_user("fede_staff").get("@account-requests").json()["items_total"] == 1


def test_rejected_workflow_state_shows_the_profile_to_staff_only(as_user, world_portal):
    worker = submit(as_user, world_portal)
    as_user("fede_staff").post(f"@account-requests/{worker.getId()}/reject", json={"reason": "Non."})
    path = f"{WORKERS}/{worker.getId()}"
    assert as_user("fede_staff").get(path).status_code == 200
    for who in ("gp_igb", "mm_manager", "nurse_igl"):
        assert as_user(who).get(path).status_code in DENIED


@pytest.mark.parametrize("status", ["pending", "rejected", "left"])
def test_pending_rejected_and_left_accounts_find_nothing(as_user, world_portal, smtp_inbox, status):
    if status == "rejected":
        response = as_user("fede_staff").post(
            "@account-requests/pending_worker/reject", json={"reason": "Doublon."}
        )
        assert response.status_code == 200, response.text
    who = "left_worker" if status == "left" else "pending_worker"
    client = as_user(who)
    for path in PRIVATE_PATHS:
        assert client.get(path).status_code in DENIED, path
    assert client.get("@search", params={"SearchableText": "Journée"}).status_code in DENIED


# One-time links


def approved(as_user, portal, smtp_inbox, **changes):
    """A request approved by the staff, and the token mailed to the requester."""
    worker = submit(as_user, portal, **changes)
    response = as_user("fede_staff").post(f"@account-requests/{worker.getId()}/approve")
    assert response.status_code == 200, response.text
    portal._p_jar.sync()
    return worker, link_token(smtp_inbox.wait_for_to(worker.email)[0])


def test_an_expired_link_is_refused(as_user, world_portal, smtp_inbox):
    worker, token = approved(as_user, world_portal, smtp_inbox)
    store = tokens.token_store()
    entry = store[tokens.digest(token)]
    store[tokens.digest(token)] = {**entry, "created": entry["created"] - timedelta(hours=25)}
    transaction.commit()
    response = as_user().post("@account-activation", json={"token": token, "password": NEW_PASSWORD})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "token"
    assert session(world_portal, worker.email, NEW_PASSWORD).get("actualites/news").status_code in DENIED


def test_validity_of_links_follows_the_settings(as_user, world_portal, smtp_inbox):
    worker, token = approved(as_user, world_portal, smtp_inbox)
    api.portal.set_registry_record("fmm_extranet.reset_validity", 72)
    store = tokens.token_store()
    entry = store[tokens.digest(token)]
    store[tokens.digest(token)] = {**entry, "created": entry["created"] - timedelta(hours=48)}
    transaction.commit()
    response = as_user().post("@account-activation", json={"token": token, "password": NEW_PASSWORD})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    "body,field",
    [
        ({"password": "court"}, "password"),
        ({"password": ""}, "password"),
        ({"password": NEW_PASSWORD, "email": "pas-une-adresse"}, "email"),
        ({"token": "inventé", "password": NEW_PASSWORD}, "token"),
    ],
)
def test_a_refused_activation_changes_nothing_and_keeps_the_link(
    as_user, world_portal, smtp_inbox, body, field
):
    worker, token = approved(as_user, world_portal, smtp_inbox)
    response = as_user().post("@account-activation", json={"token": token, **body})
    assert response.status_code == 400, response.text
    assert field in [e["field"] for e in response.json()["errors"]]
    world_portal._p_jar.sync()
    assert worker.email == "camille.durand@example.net"
    assert "activated" not in account_record(worker)
    response = as_user().post("@account-activation", json={"token": token, "password": NEW_PASSWORD})
    assert response.status_code == 200, response.text


def test_activation_may_change_the_reference_email(as_user, world_portal, smtp_inbox):
    worker, token = approved(as_user, world_portal, smtp_inbox)
    response = as_user().post(
        "@account-activation",
        json={"token": token, "password": NEW_PASSWORD, "email": "Camille@Perso.example"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["login"] == "camille@perso.example"
    world_portal._p_jar.sync()
    assert worker.email == "camille@perso.example"
    assert api.user.get(userid=worker.user_id).getProperty("email") == "camille@perso.example"
    assert session(world_portal, "camille@perso.example", NEW_PASSWORD).get("").status_code == 200
    assert session(world_portal, "camille.durand@example.net", NEW_PASSWORD).get("").status_code in DENIED


def test_password_reset_mails_a_link_to_active_workers_only(as_user, world_portal, smtp_inbox):
    for email in ("inconnu@example.net", login_of("pending_worker"), login_of("left_worker")):
        response = as_user().post("@password-reset", json={"email": email})
        assert response.status_code == 202, response.text
    assert smtp_inbox.messages == []
    response = as_user().post("@password-reset", json={"email": login_of("nurse_igl").upper()})
    assert response.status_code == 202
    (message,) = smtp_inbox.wait_for(1)
    only_recipient(message, login_of("nurse_igl"))
    assert "nouveau-mot-de-passe?token=" in message.get_content()
    token = link_token(message)
    response = as_user().post(
        "@account-activation", json={"token": token, "password": NEW_PASSWORD, "email": "autre@example.net"}
    )
    assert response.status_code == 400  # only an activation link changes the email
    response = as_user().post("@account-activation", json={"token": token, "password": NEW_PASSWORD})
    assert response.status_code == 200, response.text
    assert session(world_portal, login_of("nurse_igl"), NEW_PASSWORD).get("").status_code == 200
    assert as_user("nurse_igl").get("").status_code in DENIED  # the old password
    assert as_user().post("@password-reset", json={"email": "pas-une-adresse"}).status_code == 400


def test_a_new_link_revokes_the_previous_one(as_user, world_portal, smtp_inbox):
    for _number in range(2):
        as_user().post("@password-reset", json={"email": login_of("nurse_igl")})
    first, second = (link_token(m) for m in smtp_inbox.wait_for(2))
    assert (
        as_user().post("@account-activation", json={"token": first, "password": NEW_PASSWORD}).status_code
        == 400
    )
    assert (
        as_user().post("@account-activation", json={"token": second, "password": NEW_PASSWORD}).status_code
        == 200
    )


def test_mails_come_from_the_configured_sender(as_user, world_portal, smtp_inbox):
    api.portal.set_registry_record("fmm_extranet.sender_address", "extranet@fmm.be")
    api.portal.set_registry_record("fmm_extranet.sender_name", "Extranet FMM")
    transaction.commit()
    as_user().post("@password-reset", json={"email": login_of("gp_igb")})
    (message,) = smtp_inbox.wait_for(1)
    assert message["From"] == "Extranet FMM <extranet@fmm.be>"


def test_settings_have_their_defaults(world_portal):
    assert [
        api.portal.get_registry_record(f"fmm_extranet.{name}")
        for name in ("approval_delay", "reset_validity", "retention_period", "rate_limit")
    ] == [48, 24, 730, 5]
    assert api.portal.get_registry_record("fmm_extranet.sender_address") is None


def test_classic_ui_transitions_decide_requests_like_the_services(as_user, world_portal, smtp_inbox):
    """The state menu's "activate" approves (link mailed); "reject" mails its comment."""
    from plone.app.testing import login

    approved = submit(as_user, world_portal, email="camille.classique@example.org")
    rejected = submit(as_user, world_portal, email="dominique.classique@example.org")
    login(world_portal, login_of("fede_staff"))
    api.content.transition(obj=approved, transition="activate")
    api.content.transition(obj=rejected, transition="reject", comment="Inconnu·e de l'équipe.")
    transaction.commit()
    assert (approved.status, rejected.status) == ("active", "rejected")
    (approval,) = smtp_inbox.wait_for_to("camille.classique@example.org")
    (rejection,) = smtp_inbox.wait_for_to("dominique.classique@example.org")
    assert LINK.search(approval.get_content())
    assert "Inconnu·e de l'équipe." in rejection.get_content()
