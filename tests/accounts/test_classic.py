"""The account life in the classic UI: the pages the mails link to, and the same rules."""

from fmm_extranet.accounts.workers import account_record
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from fmm_extranet.testing import PEOPLE
from plone import api
from tests.accounts.test_profile import image_bytes
from tests.accounts.test_profile import THEME
from tests.accounts.test_requests import approved
from tests.accounts.test_requests import coordinate_intergroup
from tests.accounts.test_requests import house_uid
from tests.accounts.test_requests import LINK
from tests.accounts.test_requests import NEW_PASSWORD
from tests.accounts.test_requests import session
from tests.accounts.test_requests import snapshot
from tests.accounts.test_requests import submit
from tests.accounts.test_requests import worker_by_email
from tests.helpers import browser_for
from tests.helpers import submit_form
import lxml.html
import pytest
import transaction


REQUEST_FORM = {
    "form.widgets.first_name": "Camille",
    "form.widgets.last_name": "Durand",
    "form.widgets.email": "camille.durand@example.net",
    "form.widgets.functions:list": ["infirmier"],
    "form.widgets.consent:list": "selected",
}


def page(response):
    assert response.status_code in (200, 400, 409, 429), response.status_code
    return lxml.html.fromstring(response.text)


def field_error(response, name):
    """The error shown on the widget of field ``name``."""
    found = page(response).cssselect(f"#formfield-form-widgets-{name} .invalid-feedback")
    return found[0].text_content().strip() if found else None


def done_message(response):
    """The confirmation a form shows once its rule accepted the data."""
    found = page(response).cssselect('[role="status"].alert-success')
    return found[0].text_content().strip() if found else None


def ask_for_account(portal, **changes):
    values = {**REQUEST_FORM, "form.widgets.workplace:list": house_uid(portal, "mm-marolles")}
    return submit_form(browser_for(portal), "demande-de-compte", {**values, **changes}, "form.buttons.send")


def test_anyone_asks_for_an_account_in_the_classic_ui(world_portal, smtp_inbox):
    response = ask_for_account(world_portal)
    assert response.status_code == 200
    assert "Votre demande est bien reçue" in done_message(response)
    world_portal._p_jar.sync()
    worker = worker_by_email(world_portal, "camille.durand@example.net")
    assert (worker.status, worker.first_name) == ("pending", "Camille")
    assert account_record(worker)["consent"]


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"form.widgets.consent:list": []}, "consent", "consentement"),
        ({"form.widgets.first_name": "<script>x</script>"}, "first_name", "< et >"),
        ({"form.widgets.functions:list": []}, "functions", None),
    ],
)
def test_a_refused_request_shows_the_field_error_and_creates_nothing(world_portal, changes, field, message):
    before = snapshot(world_portal)
    response = ask_for_account(world_portal, **changes)
    assert response.status_code in (200, 400)
    error = field_error(response, field)
    assert error, response.text
    if message:
        assert message in error
    assert snapshot(world_portal) == before


def test_a_flood_through_the_form_is_refused_too(world_portal):
    api.portal.set_registry_record("fmm_extranet.rate_limit", 2)
    transaction.commit()
    for number in range(2):
        ask_for_account(world_portal, **{"form.widgets.email": f"p{number}@example.net"})
    before = snapshot(world_portal)
    response = ask_for_account(world_portal, **{"form.widgets.email": "p9@example.net"})
    assert (response.status_code, response.headers["Retry-After"]) == (429, "3600")
    assert "Trop de demandes" in page(response).cssselect(".portalMessage")[0].text_content()
    assert snapshot(world_portal) == before


# The pages of the one-time links


def follow_link(portal, smtp_inbox, values, button="form.buttons.save"):
    """Open the one-time link of the last mail carrying one, fill in its form and send it."""
    smtp_inbox.wait_for(1)
    message = [m for m in smtp_inbox.messages if LINK.search(m.get_content())][-1]
    link = LINK.search(message.get_content()).group(0)
    return submit_form(browser_for(portal), link, values, button)


def test_approval_link_opens_the_classic_activation_page(as_user, world_portal, smtp_inbox):
    worker, _token = approved(as_user, world_portal, smtp_inbox)
    values = {
        "form.widgets.password": NEW_PASSWORD,
        "form.widgets.password_confirmation": NEW_PASSWORD,
        "form.widgets.email": "camille@perso.example",
    }
    response = follow_link(world_portal, smtp_inbox, values)
    assert "Votre mot de passe est enregistré" in done_message(response)
    world_portal._p_jar.sync()
    assert (worker.status, worker.email) == ("active", "camille@perso.example")
    assert session(world_portal, "camille@perso.example", NEW_PASSWORD).get("").status_code == 200
    again = follow_link(world_portal, smtp_inbox, {**values, "form.widgets.email": ""})
    assert again.status_code == 400
    assert "plus valable" in page(again).cssselect(".portalMessage, .alert-danger")[0].text_content()


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"form.widgets.password": "court", "form.widgets.password_confirmation": "court"}, "password"),
        ({"form.widgets.password_confirmation": "autre-chose-2026"}, "password_confirmation"),
    ],
)
def test_a_refused_activation_page_keeps_the_link(as_user, world_portal, smtp_inbox, changes, field):
    worker, _token = approved(as_user, world_portal, smtp_inbox)
    values = {"form.widgets.password": NEW_PASSWORD, "form.widgets.password_confirmation": NEW_PASSWORD}
    response = follow_link(world_portal, smtp_inbox, {**values, **changes})
    assert field_error(response, field)
    world_portal._p_jar.sync()
    assert "activated" not in account_record(worker)
    response = follow_link(world_portal, smtp_inbox, values)
    assert done_message(response)


def test_forgotten_password_pages(world_portal, smtp_inbox):
    anonymous = browser_for(world_portal)
    response = submit_form(
        anonymous, "mot-de-passe-oublie", {"form.widgets.email": login_of("nurse_igl")}, "form.buttons.send"
    )
    assert "Si un compte actif utilise cette adresse" in done_message(response)
    values = {"form.widgets.password": NEW_PASSWORD, "form.widgets.password_confirmation": NEW_PASSWORD}
    response = follow_link(world_portal, smtp_inbox, values)
    assert done_message(response)
    assert session(world_portal, login_of("nurse_igl"), NEW_PASSWORD).get("").status_code == 200
    without_link = anonymous.get("nouveau-mot-de-passe", allow_redirects=False)
    assert without_link.headers["Location"].endswith("/mot-de-passe-oublie")


# Deciding on requests


def decide(portal, who, worker, button, reason=None):
    """Press ``approve`` or ``reject`` (with ``reason``) on the worker's row of the requests page."""
    values = {"reason": reason} if reason is not None else {}
    return submit_form(
        browser_for(portal, who),
        "demandes-de-compte",
        values,
        button,
        form_id=f"{button}-{worker.getId()}",
    )


def test_coordinators_approve_requests_in_the_classic_ui(as_user, world_portal, smtp_inbox):
    worker = submit(as_user, world_portal)
    coordinate_intergroup(world_portal, "igb", "gp_igb")
    listing = browser_for(world_portal, "gp_igb").get("demandes-de-compte")
    assert listing.status_code == 200
    assert "camille.durand@example.net" in listing.text
    response = decide(world_portal, "gp_igb", worker, "approve")
    assert response.status_code == 200
    world_portal._p_jar.sync()
    assert worker.status == "active"
    assert "activer-mon-compte?token=" in smtp_inbox.wait_for_to(worker.email)[0].get_content()
    assert "camille.durand@example.net" not in response.text  # no longer waiting


def test_rejecting_in_the_classic_ui_needs_a_reason(as_user, world_portal, smtp_inbox):
    worker = submit(as_user, world_portal)
    response = decide(world_portal, "fede_staff", worker, "reject", reason="  ")
    assert response.status_code == 400
    assert page(response).cssselect(f"#reason-error-{worker.getId()}")
    world_portal._p_jar.sync()
    assert worker.status == "pending"
    decide(world_portal, "fede_staff", worker, "reject", reason="Inconnu·e aux Marolles.")
    world_portal._p_jar.sync()
    assert worker.status == "rejected"
    assert "Inconnu·e aux Marolles." in smtp_inbox.wait_for_to(worker.email)[0].get_content()


@pytest.mark.parametrize("who", [None, "pending_worker", "wg_member", "mm_manager"])
def test_others_may_not_open_the_requests_page(world_portal, who):
    response = browser_for(world_portal, who).get("demandes-de-compte", allow_redirects=False)
    assert response.status_code in (302, 401, 403)
    if response.status_code == 302:
        assert "require_login" in response.headers["Location"]


# The signed-in worker's profile


def sign_in(portal, user_id, came_from=""):
    """Sign in through the classic login form; the response of the redirect it answers."""
    browser = browser_for(portal)
    browser.auth = None
    values = {"__ac_name": login_of(user_id), "__ac_password": PASSWORD, "came_from": came_from}
    response = submit_form(browser, "login", values, "buttons.login", form_id="LoginForm")
    return browser, response


def test_first_classic_login_leads_to_the_profile_until_it_is_saved(world_portal):
    came_from = f"{world_portal.absolute_url()}/actualites"
    browser, response = sign_in(world_portal, "nurse_igl", came_from)
    assert response.url == f"{world_portal.absolute_url()}/mon-profil"
    assert "Complétez votre profil" in response.text
    response = submit_form(
        browser, "mon-profil", {"form.widgets.mobile": "0499 00 00 01"}, "form.buttons.save"
    )
    assert response.status_code == 200
    _browser, response = sign_in(world_portal, "nurse_igl", came_from)
    assert response.url.startswith(came_from)


def test_the_profile_page_saves_gsm_photo_and_subscriptions(world_portal):
    theme = world_portal.unrestrictedTraverse(THEME).UID()
    values = {
        "form.widgets.mobile": "0499 12 34 56",
        "form.widgets.subscriptions:list": [theme],
        "form.widgets.expertise": "diabète",
    }
    photo = {"form.widgets.photo": ("moi.png", image_bytes(), "image/png")}
    browser = browser_for(world_portal, "nurse_igl")
    response = submit_form(browser, "mon-profil", values, "form.buttons.save", files=photo)
    assert response.status_code == 200
    assert "Votre profil est enregistré" in response.text
    world_portal._p_jar.sync()
    worker = world_portal["travailleurs"]["nurse_igl"]
    assert (worker.mobile, worker.subscriptions, worker.expertise) == ("0499 12 34 56", [theme], "diabète")
    assert worker.photo.contentType == "image/png"
    assert "form.widgets.email" not in response.text  # the email changes through a link only
    job_links = [a.text_content().strip() for a in page(response).cssselect("#jobs-heading ~ ul a")]
    assert job_links[0] == "Modifier Maison médicale du Laveu"
    shortcuts = page(response).cssselect('nav[aria-labelledby="shortcuts-heading"] a')
    assert "Santé" in " ".join(a.text_content() for a in shortcuts)


def test_a_refused_profile_change_changes_nothing(world_portal):
    photo = {"form.widgets.photo": ("moi.gif", image_bytes("GIF"), "image/gif")}
    values = {"form.widgets.mobile": "0400 00 00 00"}
    browser = browser_for(world_portal, "nurse_igl")
    response = submit_form(browser, "mon-profil", values, "form.buttons.save", files=photo)
    assert field_error(response, "photo")
    world_portal._p_jar.sync()
    worker = world_portal["travailleurs"]["nurse_igl"]
    assert (worker.mobile, worker.photo) == ("+32 470 00 00 00", None)


def test_my_data_downloads_my_data_only(world_portal):
    response = browser_for(world_portal, "nurse_igl").get("mes-donnees")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    data = response.json()
    assert data["profile"]["email"] == login_of("nurse_igl")
    assert {entry["about"] for entry in data["audit"]} <= {"nurse_igl"}
    for other in set(PEOPLE) - {"nurse_igl"}:
        assert login_of(other) not in response.text


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker"])
@pytest.mark.parametrize("path", ["mon-profil", "mes-donnees"])
def test_no_profile_page_without_an_active_worker(world_portal, who, path):
    response = browser_for(world_portal, who).get(path, allow_redirects=False)
    assert response.status_code in (302, 401, 403, 404)
    assert login_of("pending_worker") not in response.text


def test_anonymous_reaches_the_login_and_account_pages_but_no_content(world_portal):
    """The classic pages need the site's tools; content stays closed."""
    anonymous = browser_for(world_portal)
    for path in ("login", "demande-de-compte", "mot-de-passe-oublie"):
        assert anonymous.get(path, allow_redirects=False).status_code == 200, path
    for path in ("", "actualites", "travailleurs", "travailleurs/nurse_igl", "maisons-medicales"):
        response = anonymous.get(path, allow_redirects=False)
        assert response.status_code == 302, path
        assert "require_login" in response.headers["Location"]
    for method in ("objectIds", "objectValues", "contentValues"):
        assert anonymous.get(f"travailleurs/{method}").status_code == 404


@pytest.mark.parametrize(
    "who, path, expected, absent",
    [
        (None, "login", {"demande-de-compte", "mot-de-passe-oublie"}, {"mon-profil", "demandes-de-compte"}),
        ("nurse_igl", "actualites", {"mon-profil"}, {"demandes-de-compte", "journal-d-audit"}),
        ("fede_staff", "actualites", {"demandes-de-compte"}, {"journal-d-audit", "demande-de-compte"}),
        ("site_admin", "actualites", {"demandes-de-compte", "journal-d-audit"}, set()),
        ("mm_manager", "maisons-medicales/mm-marolles", {"mon-profil", "equipe"}, {"demandes-de-compte"}),
        ("nurse_igl", "maisons-medicales/mm-laveu", {"mon-profil"}, {"equipe"}),
        ("site_admin", "travailleurs/nurse_igl", {"effacer-les-donnees"}, set()),
        ("fede_staff", "travailleurs/nurse_igl", set(), {"effacer-les-donnees"}),
    ],
)
def test_menus_lead_to_the_account_pages_each_may_use(world_portal, who, path, expected, absent):
    response = browser_for(world_portal, who).get(path)
    assert response.status_code == 200
    targets = {a.get("href", "").split("?")[0].rsplit("/", 1)[-1] for a in page(response).cssselect("a")}
    assert expected <= targets
    assert not absent & targets
