"""What the organisers of an activity do beyond listing it: the participants' GSM
(staff only), a message to the participants, cancelling the session; and the
``.ics`` the confirmation carries. Mails are read back from a real SMTP server."""

from fmm_extranet.registrations import registrations_of
from fmm_extranet.testing import login_of
from plone import api
from tests.registrations.test_registrations import activity_object
from tests.registrations.test_registrations import create_activity
from tests.registrations.test_registrations import register
import icalendar
import pytest
import transaction


DENIED = (401, 403)
pytestmark = pytest.mark.usefixtures("smtp_inbox")


@pytest.fixture
def staff(as_user):
    return as_user("fede_staff")


@pytest.fixture
def session_url(world_portal, as_user, staff):
    """An activity of two places and a waiting list: nurse and gp confirmed, wg_member waiting;
    thematic_coord organises it too (Editor there, not staff)."""
    url = create_activity(staff, capacity=2, waiting_list=True, location="Namur, salle 2")
    for user_id in ("nurse_igl", "gp_igb", "wg_member"):
        assert register(as_user(user_id), url).status_code == 201
    api.user.grant_roles(username="thematic_coord", obj=activity_object(world_portal, url), roles=["Editor"])
    transaction.commit()
    return url


def test_only_staff_organisers_read_the_participants_gsm(session_url, as_user, staff):
    by_staff = staff.get(f"{session_url}/@registrations").json()
    assert {item["participant"]["mobile"] for item in by_staff["items"]} == {"+32 470 00 00 00"}
    response = as_user("thematic_coord").get(f"{session_url}/@registrations")
    assert response.status_code == 200, response.text
    assert [item["user_id"] for item in response.json()["items"]] == ["nurse_igl", "gp_igb", "wg_member"]
    assert all("mobile" not in item["participant"] for item in response.json()["items"])
    assert "+32 470" not in response.text


def test_organisers_write_to_the_participants_one_mail_each(session_url, as_user, smtp_inbox):
    smtp_inbox.wait_for(3)  # the confirmations and the waiting notice
    smtp_inbox.clear()
    organiser = as_user("thematic_coord")
    response = organiser.post(
        f"{session_url}/@registrations/message",
        json={"subject": "Changement de salle", "message": "Rendez-vous salle 3.", "to": ["confirmed"]},
    )
    assert response.status_code == 200, response.text
    assert response.json() == {"sent": 2}
    messages = smtp_inbox.wait_for(2)
    assert sorted(m["To"] for m in messages) == sorted(login_of(u) for u in ("nurse_igl", "gp_igb"))
    for message in messages:
        assert message["Subject"] == "Changement de salle"
        assert "extranet@fmm.be" in message["From"]
        assert "Cc" not in message and "Bcc" not in message
        text = message.get_content()
        assert "Rendez-vous salle 3." in text and "Atelier d'écoute active" in text
        assert not any(login_of(u) in text for u in ("nurse_igl", "gp_igb", "wg_member"))
    response = organiser.post(
        f"{session_url}/@registrations/message",
        json={"subject": "Rappel", "message": "À bientôt.", "to": ["confirmed", "waiting"]},
    )
    assert response.json() == {"sent": 3}
    assert len(smtp_inbox.wait_for(5)) == 5


@pytest.mark.parametrize(
    "body, fields",
    [
        ({}, {"subject", "message", "to"}),
        ({"subject": "Objet\nsur deux lignes", "message": "x", "to": ["confirmed"]}, {"subject"}),
        ({"subject": "Objet", "message": "  ", "to": ["confirmed"]}, {"message"}),
        ({"subject": "Objet", "message": "x", "to": ["cancelled"]}, {"to"}),
        ({"subject": "Objet", "message": "x", "to": "confirmed"}, {"to"}),
    ],
)
def test_a_bad_message_is_refused_and_nothing_sent(session_url, staff, smtp_inbox, body, fields):
    smtp_inbox.wait_for(3)
    response = staff.post(f"{session_url}/@registrations/message", json=body)
    assert response.status_code == 400
    assert {error["field"] for error in response.json()["errors"]} == fields
    transaction.commit()
    assert len(smtp_inbox.messages) == 3


def test_organisers_cancel_the_session_and_everyone_is_told(world_portal, session_url, as_user, smtp_inbox):
    smtp_inbox.wait_for(3)
    smtp_inbox.clear()
    response = as_user("thematic_coord").post(f"{session_url}/@registrations/cancel-session", json={})
    assert response.status_code == 200, response.text
    assert response.json() == {"told": 3}
    messages = smtp_inbox.wait_for(3)
    assert sorted(m["To"] for m in messages) == sorted(
        login_of(u) for u in ("nurse_igl", "gp_igb", "wg_member")
    )
    assert all("annul" in m["Subject"].lower() for m in messages)
    activity = activity_object(world_portal, session_url)
    assert activity.session_cancelled is True
    assert activity.registration_enabled is False
    assert {r.state for r in registrations_of(activity)} == {"cancelled"}
    content = as_user("wg_outsider").get(session_url).json()
    assert content["session_cancelled"] is True
    assert register(as_user("wg_outsider"), session_url).status_code == 400
    again = as_user("thematic_coord").post(f"{session_url}/@registrations/cancel-session", json={})
    assert again.status_code == 400
    assert again.json()["message"]


def test_participants_neither_write_nor_cancel(world_portal, session_url, as_user, smtp_inbox):
    smtp_inbox.wait_for(3)
    for who in ("nurse_igl", "wg_outsider"):
        session = as_user(who)
        message = {"subject": "Spam", "message": "Spam", "to": ["confirmed"]}
        assert session.post(f"{session_url}/@registrations/message", json=message).status_code in DENIED
        assert session.post(f"{session_url}/@registrations/cancel-session", json={}).status_code in DENIED
        assert session.get(f"{session_url}/@registrations").status_code in DENIED
        assert (
            session.put(f"{session_url}/@registration-questions", json={"questions": []}).status_code
            in DENIED
        )
    assert activity_object(world_portal, session_url).session_cancelled is False
    transaction.commit()
    assert len(smtp_inbox.messages) == 3


def test_the_confirmation_carries_the_activity_as_ics(session_url, smtp_inbox):
    smtp_inbox.wait_for(3)
    confirmation = smtp_inbox.to(login_of("nurse_igl"))[0]
    attachments = list(confirmation.iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["text/calendar"]
    calendar = icalendar.Calendar.from_ical(attachments[0].get_content())
    assert calendar["METHOD"] == "PUBLISH"
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Atelier d'écoute active"
    assert str(event["LOCATION"]) == "Namur, salle 2"
    assert event["DTSTART"].dt < event["DTEND"].dt
    ics = attachments[0].get_content()
    ics = ics.decode() if isinstance(ics, bytes) else ics
    assert not any(login_of(u) in ics for u in ("nurse_igl", "gp_igb", "wg_member"))
    waiting_notice = smtp_inbox.to(login_of("wg_member"))[0]
    assert list(waiting_notice.iter_attachments()) == []
