"""@contact-coordinators and @relay: workers and coordinators write to each other
through the extranet's address; nobody's address is revealed either way."""

from fmm_extranet.gdpr import erase_workers
from fmm_extranet.testing import login_of
from plone import api
from tests.accounts.test_requests import DENIED
from tests.accounts.test_requests import only_recipient
import pytest
import re
import transaction


THEMATIC = "thematiques/sante-environnement"
THEMATIC_DOC = f"{THEMATIC}/them-doc"
WORKING_GROUP = "groupes-de-travail/gt-ecologie-test"
REPLY_LINK = re.compile(r"/repondre/([\w-]+)")


def write(as_user, who="nurse_igl", space=THEMATIC, **body):
    return as_user(who).post(f"{space}/@contact-coordinators", json={"message": "Bonjour !", **body})


def reply_token(mail):
    return REPLY_LINK.search(mail.get_content()).group(1)


def test_a_worker_writes_to_the_coordinators_who_answer_by_the_link(as_user, world_portal, smtp_inbox):
    response = write(as_user, message="Pouvez-vous partager le support de la réunion ?")
    assert response.status_code == 200, response.text
    (mail,) = smtp_inbox.wait_for_to(login_of("thematic_coord"))
    only_recipient(mail, login_of("thematic_coord"))
    assert mail["Reply-To"] is None
    assert mail["Subject"] == "Nurse Test écrit aux coordinateur·rice·s de Santé et environnement"
    body = mail.get_content()
    assert "Pouvez-vous partager le support de la réunion ?" in body
    assert login_of("nurse_igl") not in body

    token = reply_token(mail)
    assert as_user("thematic_coord").get(f"@relay/{token}").json() == {
        "sender": "Nurse Test",
        "about": "Santé et environnement",
    }
    smtp_inbox.clear()
    answer = as_user("thematic_coord").post(f"@relay/{token}", json={"message": "Le voici, en pièce jointe."})
    assert answer.status_code == 200, answer.text
    (reply,) = smtp_inbox.wait_for_to(login_of("nurse_igl"))
    only_recipient(reply, login_of("nurse_igl"))
    assert "Le voici, en pièce jointe." in reply.get_content()
    assert login_of("thematic_coord") not in reply.get_content()
    # The worker answers back by their own link.
    smtp_inbox.clear()
    back = as_user("nurse_igl").post(f"@relay/{reply_token(reply)}", json={"message": "Merci !"})
    assert back.status_code == 200, back.text
    smtp_inbox.wait_for_to(login_of("thematic_coord"))


def test_only_the_recipients_of_a_message_use_its_reply_link(as_user, smtp_inbox):
    write(as_user)
    token = reply_token(smtp_inbox.wait_for_to(login_of("thematic_coord"))[0])
    smtp_inbox.clear()
    for who in ("gp_igb", "nurse_igl"):
        assert as_user(who).get(f"@relay/{token}").status_code in DENIED
        assert as_user(who).post(f"@relay/{token}", json={"message": "x"}).status_code in DENIED
    assert as_user().post(f"@relay/{token}", json={"message": "x"}).status_code in DENIED
    assert as_user("thematic_coord").get("@relay/inconnu").status_code == 404
    assert smtp_inbox.messages == []


def test_asking_access_to_a_locked_item_names_it(as_user, smtp_inbox):
    item = as_user("thematic_coord").get(THEMATIC_DOC).json()["UID"]
    response = write(as_user, who="gp_igb", item=item, message="Je coordonne un projet similaire.")
    assert response.status_code == 200, response.text
    (mail,) = smtp_inbox.wait_for_to(login_of("thematic_coord"))
    assert mail["Subject"] == "Gp Test demande l'accès à Dossier santé et environnement"


def test_a_space_without_coordinators_relays_to_the_support(as_user, world_portal, smtp_inbox):
    api.portal.set_registry_record("fmm_extranet.support_address", "support@fmm.example.be")
    transaction.commit()
    assert write(as_user, who="wg_member", space=WORKING_GROUP).status_code == 200
    (mail,) = smtp_inbox.wait_for_to("support@fmm.example.be")
    assert "GT Écologie" in mail.get_content()
    assert login_of("wg_member") not in mail.get_content()


@pytest.mark.parametrize(
    "body, field",
    [
        ({"message": ""}, "message"),
        ({"message": "x" * 5001}, "message"),
        ({"item": "inconnu"}, "item"),
        ({"item": ["liste"]}, "item"),
    ],
)
def test_bad_messages_are_refused_and_nothing_is_sent(as_user, smtp_inbox, body, field):
    response = write(as_user, **body)
    assert response.status_code == 400
    assert [e["field"] for e in response.json()["errors"]] == [field]
    assert smtp_inbox.messages == []


def test_an_item_of_another_space_is_refused(as_user, world_portal, smtp_inbox):
    other = as_user("wg_member").get(f"{WORKING_GROUP}/gt-doc").json()["UID"]
    response = write(as_user, item=other)
    assert response.status_code == 400
    assert smtp_inbox.messages == []


def test_those_who_may_not_open_the_space_cannot_write(as_user, smtp_inbox):
    assert write(as_user, who=None).status_code in DENIED
    assert write(as_user, who="pending_worker").status_code in DENIED
    assert smtp_inbox.messages == []


def test_a_flood_of_relays_is_refused(as_user, smtp_inbox):
    answers = [write(as_user).status_code for _n in range(12)]
    assert answers[:10] == [200] * 10 and answers[10:] == [429, 429]


def test_relays_are_in_the_worker_s_data_and_erased_with_them(as_user, world_portal, smtp_inbox):
    write(as_user)
    token = reply_token(smtp_inbox.wait_for_to(login_of("thematic_coord"))[0])
    mine = as_user("nurse_igl").get("@my-data").json()
    assert [(r["about"], r["sent"]) for r in mine["relays"]] == [("Santé et environnement", True)]
    world_portal._p_jar.sync()
    erase_workers([world_portal["travailleurs"]["nurse_igl"]])
    transaction.commit()
    assert as_user("thematic_coord").get(f"@relay/{token}").status_code == 404
