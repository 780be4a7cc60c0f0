"""@support and @faq: anyone reaches the support and reads the FAQ, even without an account."""

from fmm_extranet.testing import login_of
from plone import api
from tests.accounts.test_requests import DENIED
import pytest
import requests
import transaction


MESSAGE = {"name": "Camille Durand", "email": "camille@example.net", "message": "Mon lien a expiré."}
SUPPORT = "support@fmm.example.be"


@pytest.fixture
def support_address(world_portal):
    api.portal.set_registry_record("fmm_extranet.support_address", SUPPORT)
    transaction.commit()


def test_anyone_writes_to_the_support_who_answers_by_replying(
    as_user, world_portal, smtp_inbox, support_address
):
    response = as_user().post("@support", json={**MESSAGE, "house": "federation"})
    assert response.status_code == 200, response.text
    assert response.json() == {"message": "Votre message est envoyé."}
    (mail,) = smtp_inbox.wait_for(1)
    assert mail["To"] == SUPPORT
    assert mail["Reply-To"] == "camille@example.net"
    assert mail["Subject"] == "Support de l'extranet : Camille Durand"
    body = mail.get_content()
    assert "Mon lien a expiré." in body and "Fédération des maisons médicales" in body


def test_a_signed_in_worker_need_not_type_their_name_nor_email(as_user, smtp_inbox, support_address):
    response = as_user("nurse_igl").post("@support", json={"message": "Ma photo ne s'affiche pas."})
    assert response.status_code == 200, response.text
    (mail,) = smtp_inbox.wait_for(1)
    assert mail["Reply-To"] == login_of("nurse_igl")


@pytest.mark.parametrize(
    "changes, fields",
    [
        ({"message": "  "}, {"message"}),
        ({"message": "x" * 5001}, {"message"}),
        ({"email": "pas-une-adresse"}, {"email"}),
        ({"name": "<script>"}, {"name"}),
        ({"house": "inconnue"}, {"house"}),
        ({"name": None, "email": None, "message": None}, {"name", "email", "message"}),
    ],
)
def test_bad_messages_are_refused_and_nothing_is_sent(as_user, smtp_inbox, changes, fields):
    response = as_user().post("@support", json={**MESSAGE, **changes})
    assert response.status_code == 400
    error = response.json()
    assert error["type"] and error["message"]
    assert {e["field"] for e in error["errors"]} == fields
    assert smtp_inbox.messages == []


def test_a_flood_from_one_client_is_refused(as_user, smtp_inbox):
    """Counted apart from the account requests and resets the same address made."""
    for _n in range(5):
        as_user().post("@password-reset", json={"email": "inconnu@example.net"})
    answers = [as_user().post("@support", json=MESSAGE).status_code for _n in range(7)]
    assert answers[:5] == [200] * 5
    assert answers[5:] == [429, 429]
    assert len(smtp_inbox.wait_for(5)) == 5


def test_a_cross_site_form_cannot_post_to_the_support(world_portal, smtp_inbox):
    for path in ("@support", "++api++/@support"):  # the second as production routes it
        response = requests.post(
            f"{world_portal.absolute_url()}/{path}",
            data="message=spam",
            headers={"Content-Type": "text/plain", "Accept": "application/json"},
            timeout=10,
        )
        assert response.status_code == 415
    assert smtp_inbox.messages == []


def test_anyone_reads_the_faq_which_only_staff_edit(as_user):
    answer = as_user().get("@faq")
    assert answer.status_code == 200, answer.text
    faq = answer.json()
    assert faq["title"] == "Questions fréquentes"
    assert "mot de passe" in faq["text"] and faq["can_edit"] is False
    assert as_user("fede_staff").get("@faq").json()["can_edit"] is True
    assert as_user("nurse_igl").get("@faq").json()["can_edit"] is False
    assert as_user().get("questions-frequentes").status_code in DENIED  # the page itself stays private
    changed = as_user("nurse_igl").patch("questions-frequentes", json={"title": "Piraté"})
    assert changed.status_code in DENIED
