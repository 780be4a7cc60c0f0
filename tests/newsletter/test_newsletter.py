"""The newsletter: its audience, one mail each (HTML and text, links on the public
address, only the items the recipient may open), sent by the scheduler's job in
batches that a crash never duplicates, and the one-click unsubscribe."""

from fmm_extranet.newsletter import sending
from fmm_extranet.scheduler import run_now
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PEOPLE
from plone import api
from tests.accounts.test_requests import DENIED
from tests.core.test_endpoints_refuse_bad_input import assert_one_shape
import pytest
import re
import transaction


PUBLIC = "https://extranet.example.be/fmm"
ARCHIVE = "lettre-electronique"
NEWS = "actualites/news"
WG_DOC = "groupes-de-travail/gt-ecologie-test/gt-doc"
#: The active workers who receive the federation's issue (wg_outsider unsubscribes,
#: gp_igb objects; pending_worker and left_worker are not active).
FEDERATION = ["fede_staff", "mm_manager", "nurse_igl", "thematic_coord", "wg_member"]
IGL = ["nurse_igl", "thematic_coord"]
IGB = ["mm_manager", "wg_member"]
TOKEN = re.compile(re.escape(PUBLIC) + r"/se-desabonner/([\w.]+)")


@pytest.fixture
def world(world_portal, as_user, smtp_inbox):
    """Two intergroups (IGL coordinated by thematic_coord, IGB by mm_manager), the public
    address; wg_outsider unsubscribed in their profile, gp_igb objects (GDPR). A REST
    session for each person, made before the job runs in this thread (it leaves the
    public address on the test's request, from which new sessions take their URL)."""
    api.portal.set_registry_record("fmm_extranet.public_url", PUBLIC + "/")
    with api.env.adopt_roles(["Manager"]):
        for code, coordinator in (("igl", "thematic_coord"), ("igb", "mm_manager")):
            api.content.create(
                container=world_portal["intergroupes"],
                type="Intergroup",
                id=code,
                title=f"Intergroupe {code.upper()}",
                code=code,
                coordinators=[coordinator],
            )
    transaction.commit()
    assert as_user("wg_outsider").patch("@my-profile", json={"newsletter": False}).status_code in (200, 204)
    objection = as_user("gp_igb").post("@gdpr-requests", json={"kind": "objection", "message": "Non."})
    assert objection.status_code in (200, 201), objection.text
    smtp_inbox.wait_for(1)  # the objection's acknowledgement (and the admins')
    transaction.begin()
    smtp_inbox.clear()
    return {user_id: as_user(user_id) for user_id in (*PEOPLE, None)}


def create(session, where, title="Lettre de décembre", items=(NEWS, WG_DOC)):
    """A newsletter made through the REST API, as Volto does; its path."""
    portal = api.portal.get()
    uids = [portal.unrestrictedTraverse(path).UID() for path in items]
    response = session.post(
        where, json={"@type": "Newsletter", "title": title, "intro": "Bonne lecture.", "items": uids}
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"].split("/plone/", 1)[1]


def run_job(functional):
    transaction.commit()
    summary = run_now(functional["app"], "newsletter_sending")["plone"]
    transaction.begin()
    return summary


def parts(message):
    return message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content()


def send_all(functional, session, path):
    sent = session.post(f"{path}/@newsletter/send")
    assert sent.status_code == 200, sent.text
    assert run_job(functional) is not None
    return session.get(f"{path}/@newsletter").json()


def test_the_federation_issue_reaches_exactly_its_audience_each_alone(world, functional, smtp_inbox):
    staff = world["fede_staff"]
    path = create(staff, ARCHIVE)
    draft = staff.get(f"{path}/@newsletter")
    assert draft.status_code == 200, draft.text
    assert draft.json() == {
        "state": "draft",
        "audience": {"title": "Tous les travailleur·euse·s actif·ve·s de la Fédération", "count": 5},
        "sent": 0,
        "skipped": 0,
        "total": 0,
        "started": None,
        "finished": None,
    }
    sending_now = staff.post(f"{path}/@newsletter/send")
    assert sending_now.status_code == 200, sending_now.text
    assert sending_now.json()["state"] == "sending" and sending_now.json()["total"] == 5
    transaction.begin()
    assert smtp_inbox.messages == []  # never in the request

    assert run_job(functional) == "5 mail(s) of 1 newsletter(s)"
    messages = smtp_inbox.wait_for(5)
    assert sorted(m["To"] for m in messages) == sorted(login_of(u) for u in FEDERATION)
    for message in messages:
        assert message["Subject"] == "Lettre de décembre"
        assert message["Cc"] is None and message["Bcc"] is None
        text, html = parts(message)
        for body in (text, html):
            assert f"{PUBLIC}/{NEWS}" in body and "Journée des maisons médicales" in body
            assert "nohost" not in body and "localhost" not in body  # not the backend
            assert set(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", body)) <= {message["To"]}
        assert "Bonne lecture." in text and "Bonne lecture." in html
        # Only wg_member (and the staff) may open the working group's document.
        may_open = message["To"] in (login_of("wg_member"), login_of("fede_staff"))
        assert (f"{PUBLIC}/{WG_DOC}" in text) == may_open == (f"{PUBLIC}/{WG_DOC}" in html)
        token = TOKEN.search(text).group(1)
        assert TOKEN.search(html).group(1) == token
        assert message["List-Unsubscribe"] == f"<{PUBLIC}/++api++/@newsletter-unsubscribe/{token}>"
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    done = staff.get(f"{path}/@newsletter").json()
    assert (done["state"], done["sent"], done["total"]) == ("sent", 5, 5)
    assert done["finished"] is not None
    transaction.begin()
    archived = api.portal.get().unrestrictedTraverse(path)
    assert (archived.recipients, archived.done) == ((), None)  # only counts are kept
    # Sent issues are the archive every active worker reads (the items they may open);
    # nobody is mailed again.
    archive = world["gp_igb"].get(path)
    assert archive.status_code == 200
    [item] = archive.json()["items"]
    assert item["title"] == "Journée des maisons médicales"
    assert {"effective", "created"} <= set(item)  # the web view dates each item as the mail does
    assert len(world["wg_member"].get(path).json()["items"]) == 2
    assert run_job(functional) == "0 mail(s) of 0 newsletter(s)"
    resent = staff.post(f"{path}/@newsletter/send")
    assert resent.status_code == 409 and resent.json()["type"] == "Conflict"


def test_an_intergroup_issue_reaches_the_active_workers_of_its_houses(world, functional, smtp_inbox):
    for code, coordinator, expected in (("igl", "thematic_coord", IGL), ("igb", "mm_manager", IGB)):
        coordinator_session = world[coordinator]
        path = create(coordinator_session, f"intergroupes/{code}", title=f"Nouvelles {code}", items=(NEWS,))
        status = coordinator_session.get(f"{path}/@newsletter").json()
        assert status["audience"] == {
            "title": f"Les travailleur·euse·s actif·ve·s des maisons de Intergroupe {code.upper()}",
            "count": len(expected),
        }
        assert send_all(functional, coordinator_session, path)["state"] == "sent"
        messages = smtp_inbox.wait_for(len(expected))
        assert sorted(m["To"] for m in messages) == sorted(login_of(u) for u in expected)
        transaction.begin()
        smtp_inbox.clear()


def test_who_may_send(world, smtp_inbox):
    federation = create(world["fede_staff"], ARCHIVE)
    igb = create(world["mm_manager"], "intergroupes/igb", items=(NEWS,))
    for who, path in (
        ("nurse_igl", federation),
        ("thematic_coord", federation),  # IGL's coordinator
        ("thematic_coord", igb),
        (None, igb),
        ("left_worker", igb),
    ):
        session = world[who]
        assert session.get(f"{path}/@newsletter").status_code in (*DENIED, 404), (who, path)
        assert session.post(f"{path}/@newsletter/send").status_code in (*DENIED, 404), (who, path)
        assert session.post(f"{path}/@newsletter/test").status_code in (*DENIED, 404), (who, path)
    added = world["thematic_coord"].post(ARCHIVE, json={"@type": "Newsletter", "title": "Non"})
    assert added.status_code in DENIED
    assert world["fede_staff"].get(f"{igb}/@newsletter").json()["state"] == "draft"
    transaction.begin()
    assert smtp_inbox.messages == []


def addable_here(session, where):
    """Whether Volto's add menu offers a Newsletter in ``where`` (its @types)."""
    types = session.get(f"{where}/@types")
    assert types.status_code == 200, types.text
    return next(t["addable"] for t in types.json() if t["title"] == "Lettre électronique")


def test_an_issue_is_added_only_where_it_has_an_audience(world):
    staff = world["fede_staff"]
    assert addable_here(staff, ARCHIVE) and addable_here(staff, "intergroupes/igl")
    create(staff, ARCHIVE)
    create(staff, "intergroupes/igl", items=(NEWS,))
    folder = staff.post("intergroupes/igl", json={"@type": "Folder", "title": "Dossier"})
    assert folder.status_code == 201, folder.text
    inside_intergroup = folder.json()["@id"].split("/plone/", 1)[1]
    for where in ("", "actualites", inside_intergroup, "groupes-sectoriels/infirmiers"):
        assert not addable_here(staff, where), where
        refused = staff.post(where, json={"@type": "Newsletter", "title": "Égarée"})
        assert_one_shape(refused, {400, 403})
    assert len(api.portal.get().portal_catalog.unrestrictedSearchResults(Title="Égarée")) == 0


def test_preview_and_test_mail_show_what_the_sender_may_open(world, smtp_inbox):
    coordinator = world["mm_manager"]
    path = create(world["fede_staff"], "intergroupes/igb", items=(NEWS, WG_DOC))
    preview = coordinator.get(f"{path}/@newsletter/preview")
    assert preview.status_code == 200, preview.text
    body = preview.json()
    assert set(body) == {"subject", "html", "text"}
    assert body["subject"] == "Lettre de décembre"
    assert f"{PUBLIC}/{NEWS}" in body["text"] and f"{PUBLIC}/{NEWS}" in body["html"]
    assert WG_DOC not in body["text"]  # mm_manager is not in the working group
    tested = coordinator.post(f"{path}/@newsletter/test")
    assert tested.status_code == 200, tested.text
    assert tested.json() == {"message": "Un essai vous a été envoyé."}
    (message,) = smtp_inbox.wait_for(1)
    assert message["To"] == login_of("mm_manager")
    assert message["Subject"] == "[Test] Lettre de décembre"
    assert parts(message)[0].replace("\r\n", "\n") == body["text"]
    assert coordinator.get(f"{path}/@newsletter").json()["state"] == "draft"


def test_sending_needs_an_item_and_a_draft(world):
    staff = world["fede_staff"]
    path = create(staff, ARCHIVE, items=())
    empty = staff.post(f"{path}/@newsletter/send")
    assert empty.status_code == 400 and empty.json()["errors"][0]["field"] == "items"
    assert staff.get(f"{path}/@newsletter").json()["state"] == "draft"


def test_a_send_resumed_after_a_crash_duplicates_nobody(world, functional, smtp_inbox, monkeypatch):
    staff = world["fede_staff"]
    path = create(staff, ARCHIVE)
    assert staff.post(f"{path}/@newsletter/send").status_code == 200
    monkeypatch.setattr(sending, "BATCH_SIZE", 2)
    assert run_job(functional) == "2 mail(s) of 1 newsletter(s)"
    first = smtp_inbox.wait_for(2)

    calls = []
    mail_letter = sending.mail_letter

    def crashing(*args, **kwargs):
        calls.append(args)
        mail_letter(*args, **kwargs)
        if len(calls) == 2:
            raise RuntimeError("the process dies in the middle of a batch")

    monkeypatch.setattr(sending, "mail_letter", crashing)
    assert run_job(functional) is None  # the batch is undone: its first mail too
    assert staff.get(f"{path}/@newsletter").json()["sent"] == 2
    monkeypatch.setattr(sending, "mail_letter", mail_letter)
    while staff.get(f"{path}/@newsletter").json()["state"] == "sending":
        run_job(functional)
    messages = smtp_inbox.wait_for(5)
    assert [m["To"] for m in first] == [m["To"] for m in messages[:2]]
    transaction.begin()
    assert sorted(m["To"] for m in smtp_inbox.messages) == sorted(login_of(u) for u in FEDERATION)


def test_who_left_or_unsubscribed_after_the_freeze_is_skipped(world, functional, smtp_inbox):
    staff = world["fede_staff"]
    path = create(staff, ARCHIVE)
    assert staff.post(f"{path}/@newsletter/send").status_code == 200
    assert profile_saved(world, "nurse_igl", newsletter=False)
    assert run_job(functional) == "4 mail(s) of 1 newsletter(s)"
    status = staff.get(f"{path}/@newsletter").json()
    assert (status["state"], status["sent"], status["skipped"], status["total"]) == ("sent", 5, 1, 5)
    messages = smtp_inbox.wait_for(4)
    assert login_of("nurse_igl") not in [m["To"] for m in messages]


def profile_saved(world, user_id, **profile):
    """The worker changes their profile; whether it was accepted."""
    return world[user_id].patch("@my-profile", json=profile).status_code in (200, 204)


def unsubscribe_link(world, functional, smtp_inbox, who="nurse_igl"):
    staff = world["fede_staff"]
    path = create(staff, ARCHIVE)
    send_all(functional, staff, path)
    (message,) = smtp_inbox.wait_for_to(login_of(who))
    return TOKEN.search(parts(message)[0]).group(1), message["List-Unsubscribe"][1:-1]


def test_one_click_unsubscribe_by_a_form_post_without_session(world, functional, smtp_inbox):
    token, one_click = unsubscribe_link(world, functional, smtp_inbox)
    anonymous = world[None]
    service = f"@newsletter-unsubscribe/{token}"
    assert anonymous.get(service).json() == {"subscribed": True}
    # What a mail client sends (RFC 8058), at the address of the mail's header.
    assert one_click.startswith(f"{PUBLIC}/++api++/")
    posted = anonymous.post(
        f"++api++/{service}",
        data={"List-Unsubscribe": "One-Click"},
        headers={"Accept": "*/*"},
    )
    assert posted.status_code == 200, posted.text
    assert posted.json()["subscribed"] is False and "profil" in posted.json()["message"]
    assert anonymous.get(service).json() == {"subscribed": False}
    assert world["nurse_igl"].get("@my-profile").json()["newsletter"] is False
    # Subscribed again in the profile; the JSON post works as well.
    assert profile_saved(world, "nurse_igl", newsletter=True)
    assert anonymous.get(service).json() == {"subscribed": True}
    assert anonymous.post(service, json={}).json()["subscribed"] is False
    # RFC 8058 prefers multipart/form-data.
    assert profile_saved(world, "nurse_igl", newsletter=True) and anonymous.get(service).json()["subscribed"]
    multipart = anonymous.post(f"++api++/{service}", files={"List-Unsubscribe": (None, "One-Click")})
    assert multipart.status_code == 200, multipart.text
    assert anonymous.get(service).json() == {"subscribed": False}


def test_unknown_tokens_and_other_form_posts_are_refused(world, functional, smtp_inbox):
    token, _one_click = unsubscribe_link(world, functional, smtp_inbox)
    anonymous = world[None]
    uid, mac = token.split(".")
    for wrong in (f"{uid}.{'0' * len(mac)}", f"{'a' * 32}.{mac}", "nimporte", uid):
        for response in (
            anonymous.get(f"@newsletter-unsubscribe/{wrong}"),
            anonymous.post(f"@newsletter-unsubscribe/{wrong}", json={}),
        ):
            assert_one_shape(response, {404})
            assert "nurse" not in response.text.lower()
    assert anonymous.get("@newsletter-unsubscribe").status_code == 404
    # The one-click form POST is this service's alone: every other write still wants JSON.
    form = {"List-Unsubscribe": "One-Click"}
    staff = world["fede_staff"]
    path = create(staff, ARCHIVE)
    for session, url in ((staff, f"{path}/@newsletter/send"), (world["nurse_igl"], "@gdpr-requests")):
        refused = session.post(url, data=form)
        assert refused.status_code == 415 and refused.json()["type"] == "UnsupportedMediaType"
    assert staff.get(f"{path}/@newsletter").json()["state"] == "draft"
    # Nothing else of the newsletter is anonymous.
    assert anonymous.get(f"{path}/@newsletter").status_code in (*DENIED, 404)
    assert anonymous.get(path).status_code in (*DENIED, 404)
