"""GDPR requests: objection and erasure, routed by mail, answered by administrators.

Real users through HTTP, mails read from a real SMTP server.
"""

from collections import Counter
from datetime import datetime
from datetime import timedelta
from fmm_extranet.accounts.workers import account_record
from fmm_extranet.gdpr import FORMER_WORKER
from fmm_extranet.gdpr import objected
from fmm_extranet.gdpr.store import request_store
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PEOPLE
from fmm_extranet.testing import SITE_ADMIN
from plone import api
from tests.accounts.test_requests import coordinate_intergroup
from tests.accounts.test_requests import DENIED
from tests.accounts.test_requests import link_token
from tests.accounts.test_requests import NEW_PASSWORD
from tests.accounts.test_requests import session
from tests.accounts.test_team import add_member
from tests.accounts.test_team import MARROLLES_TEAM
from zope.event import notify
import pytest
import re
import transaction


PROJECT_LEAD = "charge.projet@fmm.example"
EVERY_WORKER_EMAIL = {login_of(user_id) for user_id in (*PEOPLE, SITE_ADMIN)}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


@pytest.fixture
def project_lead(world_portal):
    api.portal.set_registry_record("fmm_extranet.project_lead_address", PROJECT_LEAD)
    transaction.commit()
    return PROJECT_LEAD


def ask(client, kind, message="", status=201):
    response = client.post("@gdpr-requests", json={"kind": kind, "message": message})
    assert response.status_code == status, response.text
    return response.json()


def admin_listing(as_user):
    response = as_user(SITE_ADMIN).get("@gdpr-requests")
    assert response.status_code == 200, response.text
    return response.json()["items"]


def addresses_in(message):
    """Every address a mail shows: its headers and its text."""
    headers = " ".join(str(message[h] or "") for h in ("To", "Cc", "Bcc", "Reply-To"))
    return set(EMAIL.findall(headers)) | set(EMAIL.findall(message.get_content()))


def stored(portal):
    portal._p_jar.sync()
    return {key: dict(entry) for key, entry in request_store(create=False).items()}


def search_workers(client, **params):
    response = client.get("@search", params={"portal_type": ["Worker", "Job"], "b_size": 100, **params})
    assert response.status_code == 200, response.text
    return {item["@id"].split("/travailleurs/")[1] for item in response.json()["items"]}


# Erasure


def test_an_erasure_request_is_routed_listed_and_executed(as_user, world_portal, smtp_inbox, project_lead):
    coordinate_intergroup(world_portal, "igl", "thematic_coord")  # Laveu (Liège), the nurse's MM
    coordinate_intergroup(world_portal, "igb", "gp_igb")  # another intergroup: not told
    nurse = as_user("nurse_igl")

    answer = ask(nurse, "erasure", "Je quitte le secteur, merci d'effacer mes données.")
    assert "Votre demande d'effacement" in answer["message"]
    assert (answer["request"]["kind"], answer["request"]["status"]) == ("erasure", "pending")

    # Routed: the project lead and the coordinators of the nurse's intergroup, one mail each.
    mails = smtp_inbox.wait_for(2)
    assert sorted(m["To"] for m in mails) == sorted([PROJECT_LEAD, login_of("thematic_coord")])
    for mail in mails:
        assert addresses_in(mail) - {mail["To"]} <= {smtp_inbox_sender(mail)}
        assert not (addresses_in(mail) - {mail["To"]}) & EVERY_WORKER_EMAIL
        text = mail.get_content()
        assert "Nurse Test" in text and "Maison médicale du Laveu" in text
        assert "effacement" in mail["Subject"] and "Je quitte le secteur" in text
        assert f"{world_portal.absolute_url()}/demandes-rgpd" in text
    smtp_inbox.clear()

    # Listed to the administrators, with its date and its deadline.
    (item,) = admin_listing(as_user)
    date = datetime.fromisoformat(item["date"])
    assert datetime.fromisoformat(item["deadline"]) - date == timedelta(days=30)
    assert date.strftime("%d/%m/%Y") in mails[0].get_content()
    assert (date + timedelta(days=30)).strftime("%d/%m/%Y") in mails[0].get_content()
    assert (item["kind"], item["status"], item["overdue"]) == ("erasure", "pending", False)
    assert item["worker"]["title"] == "Nurse Test" and item["worker"]["id"] == "nurse_igl"
    for who in (None, "nurse_igl", "thematic_coord", "fede_staff", "pending_worker"):
        assert as_user(who).get("@gdpr-requests").status_code in DENIED, who
        assert as_user(who).post(f"@gdpr-requests/{item['id']}/execute").status_code in DENIED, who
    assert stored(world_portal)[item["id"]]["status"] == "pending"
    assert world_portal["travailleurs"]["nurse_igl"].email == login_of("nurse_igl")

    # Executed with the existing erase logic; the worker is told.
    ids_before = set(world_portal["travailleurs"].objectIds()) - {"nurse_igl"}
    response = as_user(SITE_ADMIN).post(f"@gdpr-requests/{item['id']}/execute")
    assert response.status_code == 200, response.text
    assert (response.json()["status"], response.json()["decided_by"]) == ("executed", SITE_ADMIN)
    world_portal._p_jar.sync()
    (new_id,) = set(world_portal["travailleurs"].objectIds()) - ids_before
    erased = world_portal["travailleurs"][new_id]
    assert (erased.title, erased.email, erased.status) == (FORMER_WORKER, None, "left")
    assert api.user.get(userid="nurse_igl") is None
    (outcome,) = smtp_inbox.wait_for(1)
    assert outcome["To"] == login_of("nurse_igl")
    assert "sont effacées" in outcome.get_content()
    assert addresses_in(outcome) - {outcome["To"]} <= {smtp_inbox_sender(outcome)}

    # The request stays, anonymous; a second answer is refused.
    (item,) = admin_listing(as_user)
    assert (item["status"], item["message"], item["worker"]["erased"]) == ("executed", "", True)
    assert "nurse_igl" not in str(admin_listing(as_user))
    again = as_user(SITE_ADMIN).post(f"@gdpr-requests/{item['id']}/execute")
    assert again.status_code == 409 and again.json()["message"] == "Cette demande a déjà été traitée."
    log = as_user(SITE_ADMIN).get("@audit-log", params={"about": erased.user_id}).json()["items"]
    assert {"gdpr_executed", "erased", "gdpr_requested"} <= {e["action"] for e in log}


def smtp_inbox_sender(mail):
    """The extranet's own address, which every mail comes from."""
    return EMAIL.search(mail["From"]).group(0)


def test_a_refused_erasure_mails_the_reason_and_erases_nothing(
    as_user, world_portal, smtp_inbox, project_lead
):
    ask(as_user("gp_igb"), "erasure")
    smtp_inbox.wait_for(1)
    smtp_inbox.clear()
    (item,) = admin_listing(as_user)
    admin = as_user(SITE_ADMIN)
    for body, field in (({}, "reason"), ({"reason": "  "}, "reason"), ({"reason": "x" * 2001}, "reason")):
        response = admin.post(f"@gdpr-requests/{item['id']}/refuse", json=body)
        assert response.status_code == 400, response.text
        assert [e["field"] for e in response.json()["errors"]] == [field]
    refuse = f"@gdpr-requests/{item['id']}/refuse"
    not_json = admin.post(refuse, data="pas du JSON", headers={"Content-Type": "application/json"})
    assert not_json.status_code == 400
    text_plain = admin.post(refuse, data='{"reason": "non"}')
    assert text_plain.status_code == 415  # no Content-Type: application/json
    assert stored(world_portal)[item["id"]]["status"] == "pending"

    reason = "Vous êtes coordinateur·rice d'une activité en cours : écrivez-nous."
    response = admin.post(f"@gdpr-requests/{item['id']}/refuse", json={"reason": reason})
    assert response.status_code == 200, response.text
    assert (response.json()["status"], response.json()["reason"]) == ("refused", reason)
    (outcome,) = smtp_inbox.wait_for(1)
    assert outcome["To"] == login_of("gp_igb")
    assert reason in outcome.get_content() and "refusée" in outcome.get_content()
    assert PROJECT_LEAD in outcome.get_content()  # whom to write to
    world_portal._p_jar.sync()
    assert world_portal["travailleurs"]["gp_igb"].email == login_of("gp_igb")
    assert as_user("gp_igb").get("@my-data").json()["gdpr_requests"][0]["reason"] == reason
    assert admin.post(f"@gdpr-requests/{item['id']}/refuse", json={"reason": reason}).status_code == 409
    assert admin.post("@gdpr-requests/inconnue/execute").status_code == 404


def test_pending_requests_come_first_oldest_first_and_overdue_is_flagged(as_user, world_portal, smtp_inbox):
    ask(as_user("gp_igb"), "erasure")
    ask(as_user("wg_member"), "objection")
    ask(as_user("wg_outsider"), "erasure")
    by_worker = {e["user_id"]: e for e in stored(world_portal).values()}
    store = request_store()
    old = by_worker["wg_member"]
    store[old["id"]] = {**old, "date": old["date"] - timedelta(days=31)}
    transaction.commit()
    refused = as_user(SITE_ADMIN).post(
        f"@gdpr-requests/{by_worker['gp_igb']['id']}/refuse", json={"reason": "Doublon."}
    )
    assert refused.status_code == 200
    items = admin_listing(as_user)
    assert [(i["worker"]["id"], i["status"], i["overdue"]) for i in items] == [
        ("wg_member", "pending", True),
        ("wg_outsider", "pending", False),
        ("gp_igb", "refused", False),
    ]


# Objection


def test_an_objection_hides_the_worker_from_the_directory_at_once(as_user, world_portal, smtp_inbox):
    colleague = as_user("gp_igb")
    laveu = world_portal["maisons-medicales"]["mm-laveu"].UID()
    nurse_job = "nurse_igl/" + world_portal["travailleurs"]["nurse_igl"].jobs()[0].getId()
    assert {"nurse_igl", nurse_job} <= search_workers(colleague)
    assert "nurse_igl" in search_workers(colleague, fmm_workplaces=laveu)  # the MM's page

    answer = ask(as_user("nurse_igl"), "objection", "Je ne veux pas figurer dans l'annuaire.")
    assert "vous n'apparaissez plus dans l'annuaire" in answer["message"]
    world_portal._p_jar.sync()
    assert objected(world_portal["travailleurs"]["nurse_igl"])

    # Recorded at once: the directory, the MM's workers, the colleagues to share with.
    for client in (colleague, as_user("thematic_coord"), as_user("wg_outsider")):
        found = search_workers(client) | search_workers(client, fmm_workplaces=laveu)
        assert not {"nurse_igl", nurse_job} & found
        assert "wg_outsider" in search_workers(client)
    assert not {"nurse_igl"} & search_workers(colleague, SearchableText="Nurse")
    # Those who process the data still find the worker, and so do they.
    assert {"nurse_igl", nurse_job} <= search_workers(as_user("fede_staff"))
    assert {"nurse_igl", nurse_job} <= search_workers(as_user(SITE_ADMIN))
    assert "nurse_igl" in search_workers(as_user("nurse_igl"))
    # Editing the profile indexes it again: the objection holds.
    edited = as_user("fede_staff").patch("travailleurs/nurse_igl", json={"expertise": "plaies"})
    assert edited.status_code == 204
    assert "nurse_igl" not in search_workers(colleague)

    (mail,) = smtp_inbox.wait_for(1)  # no intergroup coordinator here: the site's address
    assert "opposition" in mail["Subject"] and "annuaire" in mail.get_content()
    item = admin_listing(as_user)[0]
    assert (item["kind"], item["status"]) == ("objection", "pending")
    assert ask(as_user("nurse_igl"), "objection", status=409)["type"] == "Conflict"

    # Refused: the worker is back in the directory, and told why.
    smtp_inbox.clear()
    reason = "Votre fonction de coordination vous rend joignable."
    response = as_user(SITE_ADMIN).post(f"@gdpr-requests/{item['id']}/refuse", json={"reason": reason})
    assert response.status_code == 200, response.text
    assert "nurse_igl" in search_workers(colleague)
    world_portal._p_jar.sync()
    assert not objected(world_portal["travailleurs"]["nurse_igl"])
    (outcome,) = smtp_inbox.wait_for(1)
    assert outcome["To"] == login_of("nurse_igl") and reason in outcome.get_content()


def test_an_executed_objection_stays_and_the_worker_is_told(as_user, world_portal, smtp_inbox):
    ask(as_user("wg_member"), "objection")
    smtp_inbox.wait_for(1)
    smtp_inbox.clear()
    (item,) = admin_listing(as_user)
    response = as_user(SITE_ADMIN).post(f"@gdpr-requests/{item['id']}/execute")
    assert response.status_code == 200, response.text
    (outcome,) = smtp_inbox.wait_for(1)
    assert outcome["To"] == login_of("wg_member") and "est confirmée" in outcome.get_content()
    assert "wg_member" not in search_workers(as_user("gp_igb"))
    world_portal._p_jar.sync()
    assert objected(world_portal["travailleurs"]["wg_member"])
    again = ask(as_user("wg_member"), "objection", status=409)
    assert again["message"] == "Votre opposition s'applique déjà."


@pytest.mark.solr
def test_an_objection_hides_the_worker_from_solr_results(as_user, world_portal, solr):
    colleague = as_user("gp_igb")
    assert "nurse_igl" in search_workers(colleague, SearchableText="Nurse")
    ask(as_user("nurse_igl"), "objection")
    assert "nurse_igl" not in search_workers(colleague, SearchableText="Nurse")
    assert "nurse_igl" in search_workers(as_user("fede_staff"), SearchableText="Nurse")


# What the worker sends, and sees


@pytest.mark.parametrize(
    "body, field",
    [
        ({}, "kind"),
        ({"kind": "deletion"}, "kind"),
        ({"kind": ["erasure"]}, "kind"),
        ({"kind": "erasure", "message": "x" * 2001}, "message"),
        ({"kind": "erasure", "message": {"texte": "oui"}}, "message"),
    ],
)
def test_a_bad_request_is_400_in_french_and_keeps_nothing(as_user, world_portal, smtp_inbox, body, field):
    response = as_user("nurse_igl").post("@gdpr-requests", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["message"] == "Certains champs ne sont pas valides."
    assert [e["field"] for e in response.json()["errors"]] == [field]
    assert stored(world_portal) == {}
    assert not objected(world_portal["travailleurs"]["nurse_igl"])
    not_an_object = as_user("nurse_igl").post(
        "@gdpr-requests", data="[1]", headers={"Content-Type": "application/json"}
    )
    assert not_an_object.status_code == 400


def test_one_pending_request_of_each_kind(as_user, world_portal, smtp_inbox):
    nurse = as_user("nurse_igl")
    ask(nurse, "erasure", "Première demande")
    again = ask(nurse, "erasure", status=409)
    assert again["message"] == "Vous avez déjà envoyé une demande de ce type : elle attend sa réponse."
    ask(nurse, "objection")
    mine = nurse.get("@gdpr-requests/mine").json()["items"]
    assert [(r["kind"], r["status"]) for r in mine] == [("objection", "pending"), ("erasure", "pending")]
    data = nurse.get("@my-data").json()
    assert [r["kind"] for r in data["gdpr_requests"]] == ["erasure", "objection"]
    assert data["gdpr_requests"][0]["message"] == "Première demande"
    assert data["account"]["objected"]


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker"])
def test_only_active_workers_send_requests(as_user, world_portal, who):
    assert as_user(who).post("@gdpr-requests", json={"kind": "objection"}).status_code in DENIED
    assert as_user(who).get("@gdpr-requests/mine").status_code in DENIED
    assert stored(world_portal) == {}


def test_an_account_without_profile_has_no_request_to_send(as_user, world_portal):
    assert as_user(SITE_ADMIN).post("@gdpr-requests", json={"kind": "objection"}).status_code == 404
    assert stored(world_portal) == {}


# Consent of the workers their team added


def test_a_worker_added_by_the_team_consents_when_activating(as_user, world_portal, smtp_inbox):
    sacha = add_member(as_user)
    assert as_user("mm_manager").post(f"{MARROLLES_TEAM}/invite").status_code == 200
    token = link_token(smtp_inbox.wait_for(1)[0])
    response = as_user().post("@account-activation", json={"token": token, "password": NEW_PASSWORD})
    assert response.status_code == 400, response.text
    assert [e["field"] for e in response.json()["errors"]] == ["consent"]
    world_portal._p_jar.sync()
    record = account_record(world_portal["travailleurs"][sacha["id"]])
    assert "activated" not in record and "consent" not in record

    response = as_user().post(
        "@account-activation", json={"token": token, "password": NEW_PASSWORD, "consent": True}
    )
    assert response.status_code == 200, response.text
    world_portal._p_jar.sync()
    record = account_record(world_portal["travailleurs"][sacha["id"]])
    assert abs(record["consent"] - record["activated"]) < timedelta(minutes=1)
    assert session(world_portal, NEW_MEMBER_EMAIL, NEW_PASSWORD).get("@my-data").json()["account"]["consent"]


NEW_MEMBER_EMAIL = "sacha.lambert@example.net"


def test_requests_follow_accounts_given_new_ids(as_user, world_portal, smtp_inbox):
    user_ids = pytest.importorskip("fmm_extranet.accounts.user_ids")
    ask(as_user("gp_igb"), "erasure")
    (item,) = admin_listing(as_user)
    as_user(SITE_ADMIN).post(f"@gdpr-requests/{item['id']}/refuse", json={"reason": "Non."})
    world_portal._p_jar.sync()
    counts = Counter()
    notify(user_ids.UserIdsChanged({"gp_igb": "w-0123456789ab", SITE_ADMIN: "w-ba9876543210"}, counts))
    transaction.commit()
    (entry,) = stored(world_portal).values()
    assert (entry["user_id"], entry["decided_by"]) == ("w-0123456789ab", "w-ba9876543210")
    assert counts["gdpr_requests"] == 1


def test_the_upgrade_adds_the_project_lead_address_and_keeps_the_other_settings(world_portal):
    from fmm_extranet.upgrades import to_1004
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    registry = getUtility(IRegistry)
    del registry.records["fmm_extranet.project_lead_address"]
    api.portal.set_registry_record("fmm_extranet.retention_period", 365)
    to_1004(world_portal.portal_setup)
    assert registry["fmm_extranet.project_lead_address"] is None
    assert api.portal.get_registry_record("fmm_extranet.retention_period") == 365
    api.portal.set_registry_record("fmm_extranet.project_lead_address", PROJECT_LEAD)
