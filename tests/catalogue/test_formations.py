"""The training and tools catalogues, formation documents reserved to attendees,
and comments on news and activities, through plone.restapi."""

from datetime import datetime
from datetime import timedelta
from datetime import UTC
from fmm_extranet.people.workers import set_status
from plone import api
import pytest
import transaction


DENIED = (401, 403)
pytestmark = pytest.mark.usefixtures("smtp_inbox")


def in_days(days, hours=0):
    moment = datetime.now(UTC) + timedelta(days=days, hours=hours)
    return moment.replace(microsecond=0).isoformat()


def created(session, container, **body):
    response = session.post(container, json=body)
    assert response.status_code == 201, response.text
    return response.json()["@id"]


@pytest.fixture
def staff(as_user):
    return as_user("fede_staff")


@pytest.fixture
def catalogue(staff):
    """Three formations, two tools; the first formation has a session and documents."""
    urls = {
        "listening": created(
            staff,
            "formations",
            **{"@type": "Formation"},
            title="Écoute active",
            dequap_category="travail_equipe",
            formation_status="scheduled",
        ),
        "access": created(
            staff,
            "formations",
            **{"@type": "Formation"},
            title="Accessibilité pour tous",
            dequap_category="accessibilite",
            formation_status="archived",
        ),
        "meetings": created(
            staff,
            "formations",
            **{"@type": "Formation"},
            title="Animer une réunion",
            dequap_category="travail_equipe",
            formation_status="waiting_list",
        ),
        "kit": created(
            staff,
            "outils",
            **{"@type": "Tool"},
            title="Kit d'animation d'équipe",
            tool_kind="kit",
            dequap_category="travail_equipe",
        ),
        "poster": created(
            staff,
            "outils",
            **{"@type": "Tool"},
            title="Affiche salle d'attente",
            tool_kind="poster",
            dequap_category="accessibilite",
        ),
    }
    listening = urls["listening"]
    urls["session"] = created(
        staff,
        listening,
        **{"@type": "Activity"},
        title="Écoute active — session de mars",
        activity_type="training",
        start=in_days(20),
        end=in_days(20, hours=6),
        registration_enabled=True,
        capacity=10,
    )
    urls["open_doc"] = created(
        staff,
        listening,
        **{"@type": "Document"},
        title="Programme de la formation",
    )
    urls["reserved_folder"] = created(
        staff,
        listening,
        **{"@type": "Folder"},
        title="Supports des participant·e·s",
        participants_only=True,
    )
    urls["reserved_doc"] = created(
        staff,
        urls["reserved_folder"],
        **{"@type": "Document"},
        title="Support de cours",
    )
    return urls


def titles(items):
    return sorted(item["title"] for item in items)


def test_formations_all_or_scheduled(as_user, catalogue):
    nurse = as_user("nurse_igl")
    everything = nurse.get("@formations").json()
    assert titles(everything["items"]) == [
        "Accessibilité pour tous",
        "Animer une réunion",
        "Écoute active",
    ]
    scheduled = nurse.get("@formations", params={"scope": "scheduled"}).json()["items"]
    assert titles(scheduled) == ["Animer une réunion", "Écoute active"]
    listening = next(i for i in scheduled if i["title"] == "Écoute active")
    assert listening["scheduled"] is True
    assert listening["dequap_category"] == {"token": "travail_equipe", "title": "Travail en équipe"}
    assert listening["formation_status"]["token"] == "scheduled"
    assert listening["next_session"]["@id"] == catalogue["session"]


def test_formations_and_tools_by_dequap_category(as_user, catalogue):
    nurse = as_user("nurse_igl")
    formations = nurse.get("@formations", params={"scope": "all", "dequap": "accessibilite"}).json()["items"]
    assert titles(formations) == ["Accessibilité pour tous"]
    combined = nurse.get("@formations", params={"scope": "scheduled", "dequap": "accessibilite"}).json()[
        "items"
    ]
    assert combined == []
    tools = nurse.get("@tools", params={"dequap": "travail_equipe"}).json()["items"]
    assert titles(tools) == ["Kit d'animation d'équipe"]
    assert tools[0]["tool_kind"]["token"] == "kit"
    assert titles(nurse.get("@tools").json()["items"]) == [
        "Affiche salle d'attente",
        "Kit d'animation d'équipe",
    ]


def test_a_dequap_category_lists_its_formations_and_tools(as_user, catalogue):
    response = as_user("gp_igb").get("@dequap/travail_equipe")
    assert response.status_code == 200, response.text
    category = response.json()
    assert category["category"]["title"] == "Travail en équipe"
    assert titles(category["formations"]) == ["Animer une réunion", "Écoute active"]
    assert titles(category["tools"]) == ["Kit d'animation d'équipe"]


@pytest.mark.parametrize(
    "path,params",
    [
        ("@formations", {"scope": "soon"}),
        ("@formations", {"dequap": "astrologie"}),
        ("@formations", {"dequap": ["accessibilite", "gestion"]}),
        ("@formations", {"scope": ["all", "scheduled"]}),
        ("@tools", {"dequap": "astrologie"}),
        ("@dequap/astrologie", {}),
        ("@dequap", {}),
    ],
)
def test_catalogue_bad_input_is_a_clear_400(as_user, catalogue, path, params):
    response = as_user("nurse_igl").get(path, params=params)
    assert response.status_code == 400, response.text
    assert response.json()["message"]


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker"])
def test_catalogues_are_closed_to_outsiders(as_user, catalogue, who):
    for path in ("@formations", "@tools", "@dequap/travail_equipe"):
        assert as_user(who).get(path).status_code in DENIED


def can_open(session, url):
    status = session.get(url).status_code
    assert status in (200,) + DENIED
    return status == 200


def test_attendance_opens_the_reserved_documents_to_that_person_only(as_user, world_portal, staff, catalogue):
    nurse, gp, outsider = as_user("nurse_igl"), as_user("gp_igb"), as_user("wg_outsider")
    session = catalogue["session"]
    for worker in (nurse, gp):
        assert worker.post(f"{session}/@registration", json={}).status_code == 201
    for worker in (nurse, gp, outsider):
        assert can_open(worker, catalogue["listening"])
        assert can_open(worker, catalogue["open_doc"])
        assert not can_open(worker, catalogue["reserved_folder"])
        assert not can_open(worker, catalogue["reserved_doc"])
    assert can_open(staff, catalogue["reserved_doc"])

    response = staff.post(f"{session}/@registrations/attendance", json={"user_ids": ["nurse_igl"]})
    assert response.status_code == 200, response.text

    assert can_open(nurse, catalogue["reserved_folder"])
    assert can_open(nurse, catalogue["reserved_doc"])
    for other in (gp, outsider):
        assert not can_open(other, catalogue["reserved_doc"])
    reserved_uid = nurse.get(catalogue["reserved_doc"]).json()["UID"]
    assert len(nurse.get("@search", params={"UID": reserved_uid}).json()["items"]) == 1
    assert gp.get("@search", params={"UID": reserved_uid}).json()["items"] == []

    # Unmarked: closed again.
    staff.post(
        f"{session}/@registrations/attendance",
        json={"user_ids": ["nurse_igl"], "attended": False},
    )
    assert not can_open(nurse, catalogue["reserved_doc"])


def test_attendees_who_leave_the_movement_lose_the_documents(as_user, world_portal, staff, catalogue):
    session = catalogue["session"]
    as_user("nurse_igl").post(f"{session}/@registration", json={})
    staff.post(f"{session}/@registrations/attendance", json={"user_ids": ["nurse_igl"]})
    assert can_open(as_user("nurse_igl"), catalogue["reserved_doc"])
    world_portal._p_jar.sync()
    with api.env.adopt_roles(["Manager"]):
        worker = world_portal["travailleurs"]["nurse_igl"]
        set_status(worker, "left")
    transaction.commit()
    assert not can_open(as_user("nurse_igl"), catalogue["reserved_doc"])


def test_an_unreserved_folder_opens_to_every_worker(as_user, staff, catalogue):
    assert not can_open(as_user("gp_igb"), catalogue["reserved_doc"])
    response = staff.patch(catalogue["reserved_folder"], json={"participants_only": False})
    assert response.status_code == 204, response.text
    assert can_open(as_user("gp_igb"), catalogue["reserved_doc"])


def test_the_flag_only_reserves_folders_of_a_formation(as_user, staff):
    folder = created(
        staff,
        "thematiques/sante-environnement",
        **{"@type": "Folder"},
        title="Dossier",
        participants_only=True,
    )
    assert can_open(as_user("gp_igb"), folder)


# Comments (plone.app.discussion)


def comments_of(session, url):
    response = session.get(f"{url}/@comments")
    return response.status_code, response.json() if response.status_code == 200 else None


def post_comment(session, url, text):
    return session.post(f"{url}/@comments", json={"text": text})


@pytest.mark.parametrize("path", ["actualites/news", "agenda/activity"])
def test_workers_comment_news_and_activities(as_user, path):
    nurse = as_user("nurse_igl")
    response = post_comment(nurse, path, "Merci pour l'info !")
    assert response.status_code == 204, response.text
    status, comments = comments_of(as_user("gp_igb"), path)
    assert status == 200
    assert [c["text"]["data"] for c in comments["items"]] == ["Merci pour l'info !"]
    assert comments["items"][0]["author_username"] == "nurse_igl"
    for who in (None, "pending_worker", "left_worker"):
        assert comments_of(as_user(who), path)[0] in DENIED
        assert post_comment(as_user(who), path, "Coucou").status_code in DENIED


def test_comments_of_a_restricted_item_stay_with_its_readers(as_user, world_portal):
    world_portal._p_jar.sync()
    document = world_portal.unrestrictedTraverse("groupes-de-travail/gt-ecologie-test/gt-doc")
    document.allow_discussion = True
    transaction.commit()
    path = "groupes-de-travail/gt-ecologie-test/gt-doc"
    member, outsider = as_user("wg_member"), as_user("wg_outsider")
    assert post_comment(member, path, "Compte rendu relu").status_code == 204
    assert comments_of(member, path)[1]["items_total"] == 1
    assert comments_of(as_user("fede_staff"), path)[1]["items_total"] == 1
    assert comments_of(outsider, path)[0] in DENIED
    assert post_comment(outsider, path, "Je m'invite").status_code in DENIED
    found = outsider.get("@search", params={"portal_type": "Discussion Item"}).json()
    assert found["items"] == []
    found = member.get("@search", params={"portal_type": "Discussion Item"}).json()
    assert len(found["items"]) == 1


def test_comments_of_news_in_a_restricted_space_are_read_by_every_worker(as_user, staff):
    """News are open to all workers wherever they are published, so are their comments."""
    news = created(
        staff,
        "groupes-de-travail/gt-ecologie-test",
        **{"@type": "News Item"},
        title="Le GT Écologie recrute",
    )
    assert post_comment(as_user("wg_member"), news, "Rejoignez-nous").status_code == 204
    assert comments_of(as_user("wg_outsider"), news)[1]["items_total"] == 1
    assert comments_of(as_user("pending_worker"), news)[0] in DENIED


def test_coordinators_moderate_the_comments_of_their_space(as_user, staff):
    news = created(
        staff,
        "thematiques/sante-environnement",
        **{"@type": "News Item"},
        title="Journée santé et climat",
    )
    assert post_comment(as_user("gp_igb"), news, "Publicité !").status_code == 204
    assert post_comment(as_user("nurse_igl"), news, "Bonne idée").status_code == 204
    _status, comments = comments_of(as_user("thematic_coord"), news)
    spam = next(c for c in comments["items"] if c["text"]["data"] == "Publicité !")
    assert spam["is_deletable"] is True
    assert as_user("nurse_igl").delete(spam["@id"]).status_code in DENIED
    assert as_user("thematic_coord").delete(spam["@id"]).status_code == 204
    _status, comments = comments_of(as_user("nurse_igl"), news)
    assert [c["text"]["data"] for c in comments["items"]] == ["Bonne idée"]
    assert comments["items"][0]["is_deletable"] is True  # her own comment
    # The coordinator of a theme moderates nothing outside it.
    assert post_comment(as_user("gp_igb"), "actualites/news", "Hors sujet").status_code == 204
    _status, comments = comments_of(as_user("thematic_coord"), "actualites/news")
    assert as_user("thematic_coord").delete(comments["items"][0]["@id"]).status_code in DENIED
    assert staff.delete(comments["items"][0]["@id"]).status_code == 204
