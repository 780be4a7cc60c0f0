"""Registration to activities through plone.restapi, with mails read back from a
real SMTP server, and registrations racing each other on the running server."""

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from datetime import timedelta
from datetime import UTC
from fmm_extranet.core import locks
from fmm_extranet.people.workers import create_worker
from fmm_extranet.people.workers import functions
from fmm_extranet.registrations import registrations_of
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from plone import api
from tests.helpers import session_for
import csv
import io
import json
import os
import pytest
import time
import transaction


DENIED = (401, 403)
#: Registrations mail their participants: every test has the loopback SMTP server.
pytestmark = pytest.mark.usefixtures("smtp_inbox")


def in_days(days, hours=0):
    moment = datetime.now(UTC) + timedelta(days=days, hours=hours)
    return moment.replace(microsecond=0).isoformat()


def create_activity(session, **fields):
    body = {
        "@type": "Activity",
        "title": "Atelier d'écoute active",
        "activity_type": "training",
        "start": in_days(30),
        "end": in_days(30, hours=3),
        "location": "Bruxelles",
        "registration_enabled": True,
        **fields,
    }
    response = session.post("agenda", json=body)
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def activity_object(portal, url):
    portal._p_jar.sync()
    return portal.unrestrictedTraverse(url.split("/plone/", 1)[1])


def register(session, url, answers=None):
    return session.post(f"{url}/@registration", json={"answers": answers or {}})


def states(portal, url):
    return {r.user_id: r.state for r in registrations_of(activity_object(portal, url))}


@pytest.fixture
def staff(as_user):
    return as_user("fede_staff")


def test_enabling_registration_creates_a_form_prefilled_from_the_profile(world_portal, as_user, staff):
    url = create_activity(staff)
    activity = activity_object(world_portal, url)
    form = activity["inscription"]
    assert form.portal_type == "EasyForm"
    assert "fmm_extranet.Registration" in form.actions_model
    response = register(as_user("nurse_igl"), url, {"comments": "Végétarienne"})
    assert response.status_code == 201, response.text
    registration = response.json()
    assert registration["state"] == "confirmed"
    assert registration["answers"] == {
        "fullname": "Nurse Test",
        "workplaces": "Maison médicale du Laveu",
        "functions": "infirmier·ère",
        "comments": "Végétarienne",
    }


def test_registration_without_the_flag_creates_no_form(world_portal, staff, as_user):
    url = create_activity(staff, registration_enabled=False)
    assert "inscription" not in activity_object(world_portal, url).objectIds()
    response = register(as_user("nurse_igl"), url)
    assert response.status_code == 400
    assert response.json()["message"]


def test_capacity_then_waiting_list_with_mails(world_portal, as_user, staff, smtp_inbox):
    url = create_activity(staff, capacity=2, waiting_list=True)
    for user_id in ("nurse_igl", "gp_igb"):
        response = register(as_user(user_id), url)
        assert response.status_code == 201, response.text
        assert response.json()["state"] == "confirmed"
    response = register(as_user("wg_member"), url)
    assert response.status_code == 201, response.text
    assert response.json()["state"] == "waiting"
    assert states(world_portal, url) == {
        "nurse_igl": "confirmed",
        "gp_igb": "confirmed",
        "wg_member": "waiting",
    }
    messages = smtp_inbox.wait_for(3)
    assert sorted(m["To"] for m in messages) == sorted(
        login_of(u) for u in ("nurse_igl", "gp_igb", "wg_member")
    )
    # The confirmations are multipart (their .ics): read the text.
    assert all("Atelier d'écoute active" in m.get_body(("plain",)).get_content() for m in messages)
    waiting_mail = smtp_inbox.to(login_of("wg_member"))[0]
    confirmed_mail = smtp_inbox.to(login_of("nurse_igl"))[0]
    assert waiting_mail["Subject"] != confirmed_mail["Subject"]
    assert "extranet@fmm.be" in waiting_mail["From"]
    agenda = (
        as_user("nurse_igl")
        .get("@agenda", params={"start": in_days(29)[:10], "end": in_days(31)[:10]})
        .json()
    )
    assert [i["remaining_places"] for i in agenda["items"] if i["@id"] == url] == [0]


def test_full_activity_without_waiting_list_refuses(world_portal, as_user, staff):
    url = create_activity(staff, capacity=1)
    assert register(as_user("nurse_igl"), url).status_code == 201
    response = register(as_user("gp_igb"), url)
    assert response.status_code == 400
    assert response.json()["message"]
    assert states(world_portal, url) == {"nurse_igl": "confirmed"}


def test_a_registration_waits_its_turn_then_answers_busy(world_portal, as_user, staff, monkeypatch):
    """While another request holds the activity's registrations, a registration waits;
    past the wait it answers 503 (French, Retry-After) and registers nobody."""
    url = create_activity(staff, capacity=5)
    key = f"registrations:{activity_object(world_portal, url).UID()}"
    monkeypatch.setattr(locks, "WAIT", 0.5)
    release = locks.locks().acquire(key, 1)
    try:
        response = register(as_user("nurse_igl"), url)
    finally:
        release()
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert response.json()["type"] == "ServiceUnavailable"
    assert response.json()["message"].startswith("L'extranet est très sollicité")
    assert states(world_portal, url) == {}
    assert register(as_user("nurse_igl"), url).status_code == 201


def test_registering_twice_is_refused(world_portal, as_user, staff, smtp_inbox):
    url = create_activity(staff, capacity=5)
    nurse = as_user("nurse_igl")
    assert register(nurse, url).status_code == 201
    response = register(nurse, url)
    assert response.status_code == 400
    assert response.json()["message"]
    assert states(world_portal, url) == {"nurse_igl": "confirmed"}
    smtp_inbox.wait_for(1)
    assert len(smtp_inbox.messages) == 1


@pytest.mark.parametrize(
    "dates",
    [
        {"registration_deadline": in_days(-1)},
        {"start": in_days(-1), "end": in_days(1)},  # no deadline: closes when it starts
    ],
    ids=["deadline_passed", "already_started"],
)
def test_registration_closes_at_the_deadline(world_portal, as_user, staff, dates):
    url = create_activity(staff, **dates)
    response = register(as_user("nurse_igl"), url)
    assert response.status_code == 400
    assert response.json()["message"]
    assert states(world_portal, url) == {}


BAD_BODIES = {
    "unknown_question": {"answers": {"shoe_size": "42"}},
    "answers_not_an_object": {"answers": ["oui"]},
    "wrong_type": {"answers": {"comments": 42}},
    "required_left_empty": {"answers": {"fullname": ""}},
    "not_json": "{answers",
    "not_an_object": ["oui"],
}


@pytest.mark.parametrize("case", BAD_BODIES, ids=list(BAD_BODIES))
def test_bad_answers_are_refused_and_nothing_changes(world_portal, as_user, staff, case):
    url = create_activity(staff, capacity=5)
    body = BAD_BODIES[case]
    response = as_user("nurse_igl").post(
        f"{url}/@registration",
        data=body if isinstance(body, str) else json.dumps(body),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400, response.text
    assert response.json()["message"]
    assert states(world_portal, url) == {}


def test_outsiders_cannot_register(as_user, staff, world_portal):
    url = create_activity(staff)
    for who in (None, "pending_worker", "left_worker"):
        assert register(as_user(who), url).status_code in DENIED
    response = register(as_user("site_admin"), url)  # an account without a worker profile
    assert response.status_code == 400
    assert response.json()["message"]
    assert states(world_portal, url) == {}


@pytest.mark.parametrize("how", ["delete", "post_cancel"])
def test_cancellation_promotes_the_first_waiting_person(world_portal, as_user, staff, smtp_inbox, how):
    url = create_activity(staff, capacity=1, waiting_list=True)
    for user_id in ("nurse_igl", "gp_igb", "wg_member"):
        assert register(as_user(user_id), url).status_code == 201
    smtp_inbox.wait_for(3)
    smtp_inbox.clear()
    nurse = as_user("nurse_igl")
    if how == "delete":
        response = nurse.delete(f"{url}/@registration")
    else:
        response = nurse.post(f"{url}/@registration/cancel")
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "cancelled"
    assert states(world_portal, url) == {
        "nurse_igl": "cancelled",
        "gp_igb": "confirmed",
        "wg_member": "waiting",
    }
    messages = smtp_inbox.wait_for(2)
    assert sorted(m["To"] for m in messages) == [login_of("gp_igb"), login_of("nurse_igl")]
    promoted = smtp_inbox.to(login_of("gp_igb"))[0]
    cancelled = smtp_inbox.to(login_of("nurse_igl"))[0]
    assert promoted["Subject"] != cancelled["Subject"]
    # Cancelling again is refused; registering again takes the waiting list's tail.
    assert nurse.delete(f"{url}/@registration").status_code == 400
    response = register(nurse, url)
    assert response.status_code == 201
    assert response.json()["state"] == "waiting"


def test_organisers_list_the_participants(world_portal, as_user, staff):
    url = create_activity(staff, capacity=1, waiting_list=True)
    register(as_user("nurse_igl"), url, {"comments": "Arrivée à 10h"})
    register(as_user("gp_igb"), url)
    for who in ("nurse_igl", "wg_outsider"):
        assert as_user(who).get(f"{url}/@registrations").status_code in DENIED
        assert as_user(who).get(f"{url}/@registrations/csv").status_code in DENIED
    listing = staff.get(f"{url}/@registrations").json()
    assert (listing["confirmed"], listing["waiting"], listing["remaining_places"]) == (1, 1, 0)
    first = listing["items"][0]
    assert first["user_id"] == "nurse_igl"
    assert first["participant"]["last_name"] == "Test"
    assert first["participant"]["workplaces"] == ["Maison médicale du Laveu"]
    assert "email" not in first["participant"]  # never shown to other users


def test_participants_csv(world_portal, as_user, staff):
    url = create_activity(staff, capacity=1, waiting_list=True)
    register(as_user("nurse_igl"), url, {"comments": "Arrivée à 10h"})
    register(as_user("gp_igb"), url)
    staff.post(f"{url}/@registrations/attendance", json={"user_ids": ["nurse_igl"]})
    response = staff.get(f"{url}/@registrations/csv")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:7] == [
        "nom",
        "prénom",
        "maison médicale",
        "fonctions",
        "état",
        "date d'inscription",
        "présence",
    ]
    assert len(rows) == 3
    nurse, gp = rows[1], rows[2]
    assert nurse[:4] == ["Test", "Nurse", "Maison médicale du Laveu", "infirmier·ère"]
    assert gp[:4] == ["Test", "Gp", "Maison médicale des Marolles", "médecin généraliste"]
    assert nurse[4] != gp[4] and nurse[4] and gp[4]
    assert nurse[6] and not gp[6]
    datetime.strptime(nurse[5], "%Y-%m-%d %H:%M")
    assert nurse[-1] == "Arrivée à 10h"


def test_organisers_may_add_questions(world_portal, as_user, staff):
    url = create_activity(staff)
    form = activity_object(world_portal, url)["inscription"]
    form.fields_model = form.fields_model.replace(
        "</schema>",
        '<field name="diet" type="zope.schema.TextLine"><title>Régime alimentaire</title></field></schema>',
    )
    transaction.commit()
    nurse = as_user("nurse_igl")
    assert register(nurse, url, {"comments": "rien"}).status_code == 400  # diet is required
    response = register(nurse, url, {"diet": "végétarien"})
    assert response.status_code == 201, response.text
    assert response.json()["answers"]["diet"] == "végétarien"
    rows = list(
        csv.reader(
            io.StringIO(staff.get(f"{url}/@registrations/csv").content.decode("utf-8-sig")),
            delimiter=";",
        )
    )
    assert len(rows[0]) == 9  # the columns, "comments" and "diet"
    assert rows[0][-1] == "Régime alimentaire"
    assert rows[1][-1] == "végétarien"


def test_attendance_is_all_or_nothing(world_portal, as_user, staff):
    url = create_activity(staff, capacity=1, waiting_list=True)
    register(as_user("nurse_igl"), url)
    register(as_user("gp_igb"), url)  # waiting: cannot have attended
    response = staff.post(f"{url}/@registrations/attendance", json={"user_ids": ["nurse_igl", "gp_igb"]})
    assert response.status_code == 400
    assert "gp_igb" in response.json()["message"]
    for bad in (
        {"user_ids": "nurse_igl"},
        {"user_ids": []},
        {"user_ids": ["nurse_igl"], "attended": "yes"},
        ["nurse_igl"],
    ):
        assert staff.post(f"{url}/@registrations/attendance", json=bad).status_code == 400
    response = staff.post(
        f"{url}/@registrations/attendance",
        data="nurse_igl",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert not any(r.attended for r in registrations_of(activity_object(world_portal, url)))
    assert (
        as_user("nurse_igl")
        .post(f"{url}/@registrations/attendance", json={"user_ids": ["nurse_igl"]})
        .status_code
        in DENIED
    )
    response = staff.post(f"{url}/@registrations/attendance", json={"user_ids": ["nurse_igl"]})
    assert response.status_code == 200, response.text
    assert response.json()["items"][0]["attended"] is True


def test_my_registrations_upcoming_and_past(world_portal, as_user, staff):
    soon = create_activity(staff, title="Atelier à venir")
    over = create_activity(staff, title="Atelier passé")
    cancelled = create_activity(staff, title="Atelier annulé")
    nurse = as_user("nurse_igl")
    for url in (soon, over, cancelled):
        assert register(nurse, url).status_code == 201
    nurse.delete(f"{cancelled}/@registration")
    staff.post(f"{over}/@registrations/attendance", json={"user_ids": ["nurse_igl"]})
    moved = staff.patch(over, json={"start": in_days(-10), "end": in_days(-10, hours=2)})
    assert moved.status_code == 204, moved.text
    mine = nurse.get("@my-registrations").json()
    upcoming = {i["activity"]["title"]: i for i in mine["upcoming"]}
    past = {i["activity"]["title"]: i for i in mine["past"]}
    assert set(upcoming) == {"Atelier à venir", "Atelier annulé"}
    assert upcoming["Atelier annulé"]["state"] == "cancelled"
    assert upcoming["Atelier à venir"]["state"] == "confirmed"
    assert set(past) == {"Atelier passé"}
    assert past["Atelier passé"]["attended"] is True
    others = as_user("gp_igb").get("@my-registrations").json()
    assert (others["upcoming"], others["past"]) == ([], [])
    assert as_user("pending_worker").get("@my-registrations").status_code in DENIED


CROWD = 8


def test_concurrent_registrations_never_overbook_nor_lose_anyone(world_portal, staff):
    """Registrations race on the running server: they queue for the activity's lock
    (``core.locks``), and a conflict would be retried, never merged."""
    url = create_activity(staff, capacity=3, waiting_list=True)
    world_portal._p_jar.sync()
    house = world_portal.unrestrictedTraverse("maisons-medicales/mm-laveu").UID()
    with api.env.adopt_roles(["Manager"]):
        for number in range(CROWD):
            create_worker(
                world_portal["travailleurs"],
                f"crowd_{number}",
                login_of(f"crowd_{number}"),
                first_name=f"Crowd{number}",
                last_name="Test",
                jobs=[(house, functions("infirmier"))],
                password=PASSWORD,
            )
    transaction.commit()
    sessions = [session_for(world_portal, f"crowd_{n}") for n in range(CROWD)]
    with ThreadPoolExecutor(max_workers=CROWD) as pool:
        responses = list(pool.map(lambda s: register(s, url), sessions))
    assert [r.status_code for r in responses] == [201] * CROWD, [r.text for r in responses]
    found = states(world_portal, url)
    assert len(found) == CROWD
    assert list(found.values()).count("confirmed") == 3
    assert list(found.values()).count("waiting") == CROWD - 3
    reported = sorted(r.json()["state"] for r in responses)
    assert reported == sorted(found.values())
    for session in sessions:
        session.close()


def wait_until(found, timeout=20):
    """``found()`` once it is truthy, polling; its last value after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not (result := found()) and time.monotonic() < deadline:
        time.sleep(0.2)
    return result


def test_a_mail_server_down_delays_the_mail_not_the_registration(
    world_portal, as_user, staff, smtp_inbox, tmp_path
):
    """With the instance's mail queue, registering works while the server is down."""
    from fmm_extranet.core.mail import use_mail_queue
    from tests.helpers import free_port
    from tests.smtp import Controller
    from zope.sendmail.queue import MAX_SEND_TIME

    url = create_activity(staff)
    mailhost = world_portal.MailHost
    down_port = free_port()
    api.portal.set_registry_record("plone.smtp_port", down_port)
    use_mail_queue(mailhost, tmp_path / "queue")
    transaction.commit()
    try:
        response = register(as_user("nurse_igl"), url)
        assert response.status_code == 201, response.text
        assert states(world_portal, url) == {"nurse_igl": "confirmed"}
        queued = [p for p in (tmp_path / "queue" / "new").iterdir() if not p.name.startswith(".")]
        assert len(queued) == 1  # the mail (its attempts are hidden links beside it)
        # The queue tries while the server is down and keeps the mail; zope.sendmail
        # tries a failed mail again once its attempt is MAX_SEND_TIME old: age it.
        attempts = wait_until(lambda: list((tmp_path / "queue").rglob(".sending-*")))
        assert attempts, "the queue never tried to send"
        long_ago = time.time() - MAX_SEND_TIME - 60
        for attempt in attempts:
            os.utime(attempt, (long_ago, long_ago))
        controller = Controller(smtp_inbox, hostname="127.0.0.1", port=down_port)
        controller.start()  # the server comes back: the queue delivers the mail
        try:
            [mail] = smtp_inbox.wait_for(1, timeout=30)
            assert mail["To"] == login_of("nurse_igl")
        finally:
            controller.stop()
    finally:
        mailhost._stopQueueProcessorThread()
        mailhost.smtp_queue = False
        transaction.commit()
