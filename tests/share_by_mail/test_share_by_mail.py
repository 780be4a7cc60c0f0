"""Sharing an item by email: one mail per colleague, nobody's address shown."""

from fmm_extranet.testing import login_of
from tests.accounts.test_requests import DENIED
from tests.accounts.test_requests import only_recipient
import pytest


NEWS = "actualites/news"
WG_DOC = "groupes-de-travail/gt-ecologie-test/gt-doc"


def test_sharing_mails_each_colleague_alone(as_user, world_portal, smtp_inbox):
    response = as_user("wg_member").post(
        f"{NEWS}/@share",
        json={"recipients": ["nurse_igl", "gp_igb"], "message": "À lire avant jeudi."},
    )
    assert response.status_code == 200, response.text
    assert response.json() == {"sent": 2, "message": "Envoyé à 2 collègue(s)."}
    messages = smtp_inbox.wait_for(2)
    assert sorted(m["To"] for m in messages) == [login_of("gp_igb"), login_of("nurse_igl")]
    for message in messages:
        only_recipient(message, message["To"])  # nor the sender's address
        assert message["Subject"] == "Wg Test partage avec vous : Journée des maisons médicales"
        body = message.get_content()
        assert f"{world_portal.absolute_url()}/{NEWS}" in body
        assert "À lire avant jeudi." in body


@pytest.mark.parametrize(
    "body, problem",
    [
        ({"recipients": []}, "Choisissez"),
        ({"recipients": "nurse_igl"}, "Choisissez"),
        ({"recipients": ["inconnu"]}, "inconnu"),
        ({"recipients": ["pending_worker"]}, "pending_worker"),
        ({"recipients": ["nurse_igl"], "message": "x" * 1001}, "1000"),
        ({"recipients": [f"w{n}" for n in range(21)]}, "20"),
    ],
)
def test_bad_shares_are_refused_and_mail_nothing(as_user, smtp_inbox, body, problem):
    response = as_user("wg_member").post(f"{NEWS}/@share", json=body)
    assert response.status_code == 400, response.text
    assert problem in " ".join(e["message"] for e in response.json()["errors"])
    assert smtp_inbox.messages == []


def test_only_colleagues_who_may_open_the_item_receive_it(as_user, smtp_inbox):
    response = as_user("wg_member").post(f"{WG_DOC}/@share", json={"recipients": ["nurse_igl"]})
    assert response.status_code == 400
    assert "ne peut pas ouvrir" in response.json()["errors"][0]["message"]
    assert smtp_inbox.messages == []


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker", "nurse_igl"])
def test_one_shares_only_what_one_may_open(as_user, smtp_inbox, who):
    response = as_user(who).post(f"{WG_DOC}/@share", json={"recipients": ["wg_member"]})
    assert response.status_code in DENIED
    assert smtp_inbox.messages == []


def test_a_flood_of_shares_is_refused(as_user, smtp_inbox):
    client = as_user("nurse_igl")
    for _number in range(30):
        assert client.post(f"{NEWS}/@share", json={"recipients": ["gp_igb"]}).status_code == 200
    assert client.post(f"{NEWS}/@share", json={"recipients": ["gp_igb"]}).status_code == 429
