"""SPEC "Access rules", through plone.restapi, as a real user of each role.

Rows: who. Columns: which content. Each cell says whether the person may view
(GET), find (@search), add a sibling, edit (PATCH).
"""

import pytest


ACTIVE_READERS = {
    "nurse_igl",
    "gp_igb",
    "wg_member",
    "wg_outsider",
    "mm_manager",
    "thematic_coord",
    "fede_staff",
    "site_admin",
}
EVERYONE = [None, "pending_worker", "left_worker"] + sorted(ACTIVE_READERS)
STAFF = {"fede_staff", "site_admin"}

#: content key → (path, container path, portal_type of a sibling to add,
#:                 who views, who adds, who edits)
CONTENT = {
    "news": ("actualites/news", "actualites", "News Item", ACTIVE_READERS, STAFF, STAFF),
    "activity": ("agenda/activity", "agenda", "Activity", ACTIVE_READERS, STAFF, STAFF),
    "sectoral_doc": (
        "groupes-sectoriels/infirmiers/infirmiers-bruxelles/pv-infis",
        "groupes-sectoriels/infirmiers/infirmiers-bruxelles",
        "Document",
        {"nurse_igl"} | STAFF,
        STAFF,
        STAFF,
    ),
    "wg_doc": (
        "groupes-de-travail/gt-ecologie-test/gt-doc",
        "groupes-de-travail/gt-ecologie-test",
        "Document",
        {"wg_member"} | STAFF,
        {"wg_member"} | STAFF,
        STAFF,
    ),
    "thematic_doc": (
        "thematiques/sante-environnement/them-doc",
        "thematiques/sante-environnement",
        "Document",
        ACTIVE_READERS,
        {"thematic_coord"} | STAFF,
        {"thematic_coord"} | STAFF,
    ),
    "announcement": (
        "maisons-medicales/mm-marolles/offre",
        "maisons-medicales/mm-marolles",
        "Announcement",
        ACTIVE_READERS,
        {"mm_manager"} | STAFF,
        {"mm_manager"} | STAFF,
    ),
}

NEW_ITEM = {
    "News Item": {},
    "Activity": {
        "activity_type": "movement",
        "start": "2026-12-01T09:00:00+00:00",
        "end": "2026-12-01T12:00:00+00:00",
    },
    "Document": {},
    "Announcement": {"announcement_type": "equipment", "text": "<p>Table d'examen</p>"},
}

DENIED = (401, 403)
CELLS = [(who, key) for who in EVERYONE for key in CONTENT]


def cell_id(cell):
    return f"{cell[0] or 'anonymous'}-{cell[1]}"


@pytest.mark.parametrize("who,key", CELLS, ids=map(cell_id, CELLS))
def test_view(as_user, who, key):
    path, _container, _type, viewers, _adders, _editors = CONTENT[key]
    response = as_user(who).get(path)
    if who in viewers:
        assert response.status_code == 200, response.text
        assert response.json()["@id"].endswith(path)
    else:
        assert response.status_code in DENIED, response.text


@pytest.mark.parametrize("who,key", CELLS, ids=map(cell_id, CELLS))
def test_search(as_user, world_portal, who, key):
    path, _container, _type, viewers, _adders, _editors = CONTENT[key]
    uid = world_portal.unrestrictedTraverse(path).UID()
    response = as_user(who).get("@search", params={"UID": uid})
    if who is None or who in ("pending_worker", "left_worker"):
        # Nothing at all answers them, not even an empty listing.
        assert response.status_code in DENIED, response.text
        return
    assert response.status_code == 200, response.text
    found = [item["@id"] for item in response.json()["items"]]
    assert (len(found) == 1) is (who in viewers), found


@pytest.mark.parametrize("who,key", CELLS, ids=map(cell_id, CELLS))
def test_add(as_user, world_portal, who, key):
    _path, container, portal_type, _viewers, adders, _editors = CONTENT[key]
    body = {"@type": portal_type, "title": f"Ajout par {who}", **NEW_ITEM[portal_type]}
    before = len(world_portal.unrestrictedTraverse(container).objectIds())
    response = as_user(who).post(container, json=body)
    if who in adders:
        assert response.status_code == 201, response.text
    else:
        assert response.status_code in DENIED, response.text
        world_portal._p_jar.sync()
        assert len(world_portal.unrestrictedTraverse(container).objectIds()) == before


@pytest.mark.parametrize("who,key", CELLS, ids=map(cell_id, CELLS))
def test_edit(as_user, world_portal, who, key):
    path, _container, _type, _viewers, _adders, editors = CONTENT[key]
    response = as_user(who).patch(path, json={"title": "Titre modifié"})
    world_portal._p_jar.sync()
    title = world_portal.unrestrictedTraverse(path).Title()
    if who in editors:
        assert response.status_code == 204, response.text
        assert title == "Titre modifié"
    else:
        assert response.status_code in DENIED, response.text
        assert title != "Titre modifié"


def test_guide_case_liege_nurse_opens_brussels_nurses_document(as_user):
    """The guide: a nurse from Liège sees the Brussels nurses' documents; a GP cannot."""
    path = CONTENT["sectoral_doc"][0]
    assert as_user("nurse_igl").get(path).status_code == 200
    assert as_user("gp_igb").get(path).status_code in DENIED


def test_news_inside_a_restricted_space_is_visible_to_every_worker(as_user):
    """News and activities are open to all, even when published in a sectoral group."""
    staff = as_user("fede_staff")
    response = staff.post(
        "groupes-sectoriels/infirmiers",
        json={"@type": "News Item", "id": "news-infis", "title": "Nouvelles des infis"},
    )
    assert response.status_code == 201, response.text
    path = "groupes-sectoriels/infirmiers/news-infis"
    assert as_user("gp_igb").get(path).status_code == 200
    assert as_user("pending_worker").get(path).status_code in DENIED


# Space coordinators (issue 17): they add, with Volto's forms, the types their space
# allows — and only those; a worker who is not coordinator adds nothing there.

THEMATIC = "thematiques/sante-environnement"
COORDINATOR_ADDS = {
    "News Item": {},
    "Activity": NEW_ITEM["Activity"],
    "File": {
        "file": {
            "data": "JVBERi0xLjQK",
            "encoding": "base64",
            "filename": "pv.pdf",
            "content-type": "application/pdf",
        }
    },
    "Document": {},
    "Folder": {},
}
NOT_ADDABLE_IN_A_THEMATIC = ("Announcement", "Formation", "WorkingGroup", "MedicalHouse")


@pytest.mark.parametrize("portal_type", sorted(COORDINATOR_ADDS))
def test_coordinator_adds_in_their_space(as_user, portal_type):
    body = {"@type": portal_type, "title": f"Un {portal_type}", **COORDINATOR_ADDS[portal_type]}
    response = as_user("thematic_coord").post(THEMATIC, json=body)
    assert response.status_code == 201, response.text
    assert response.json()["@type"] == portal_type


@pytest.mark.parametrize("portal_type", NOT_ADDABLE_IN_A_THEMATIC)
def test_coordinator_cannot_add_another_type_in_their_space(as_user, world_portal, portal_type):
    before = len(world_portal.unrestrictedTraverse(THEMATIC).objectIds())
    body = {"@type": portal_type, "title": "Pas ici", **NEW_ITEM.get(portal_type, {})}
    response = as_user("thematic_coord").post(THEMATIC, json=body)
    assert response.status_code in (400, *DENIED), response.text
    world_portal._p_jar.sync()
    assert len(world_portal.unrestrictedTraverse(THEMATIC).objectIds()) == before


@pytest.mark.parametrize("portal_type", sorted(COORDINATOR_ADDS))
def test_coordinator_adds_nothing_outside_their_space(as_user, portal_type):
    body = {"@type": portal_type, "title": "Ailleurs", **COORDINATOR_ADDS[portal_type]}
    response = as_user("thematic_coord").post("groupes-de-travail/gt-ecologie-test", json=body)
    assert response.status_code in DENIED, response.text


@pytest.mark.parametrize("who", ["nurse_igl", "wg_outsider", "mm_manager"])
def test_worker_not_coordinator_adds_nothing_in_a_thematic(as_user, world_portal, who):
    for portal_type, extra in COORDINATOR_ADDS.items():
        response = as_user(who).post(THEMATIC, json={"@type": portal_type, "title": "Non", **extra})
        assert response.status_code in DENIED, (portal_type, response.text)
    world_portal._p_jar.sync()
    assert not [i for i in world_portal.unrestrictedTraverse(THEMATIC).objectValues() if i.Title() == "Non"]


def addable_types(session, path):
    response = session.get(f"{path}/@types")
    assert response.status_code == 200, response.text
    return {entry["id"] for entry in response.json() if entry["addable"]}


def test_volto_add_menu_offers_the_coordinator_only_the_space_types(as_user):
    addable = addable_types(as_user("thematic_coord"), THEMATIC)
    assert set(COORDINATOR_ADDS) <= addable
    assert not addable & {"Announcement", "Formation", "WorkingGroup", "Thematic", "Worker", "MedicalHouse"}


def test_volto_add_menu_offers_nothing_to_a_worker_not_coordinator(as_user):
    assert addable_types(as_user("nurse_igl"), THEMATIC) == set()


# Comment moderation: the coordinators of a space delete comments there.


def commented_news(as_user):
    news = as_user("thematic_coord").post(THEMATIC, json={"@type": "News Item", "title": "À discuter"})
    assert news.status_code == 201, news.text
    url = news.json()["@id"]
    assert as_user("gp_igb").post(f"{url}/@comments", json={"text": "Un avis"}).status_code == 204
    [comment] = as_user("gp_igb").get(f"{url}/@comments").json()["items"]
    return url, comment["@id"]


def test_coordinator_deletes_a_comment_in_their_space(as_user):
    url, comment = commented_news(as_user)
    coordinator = as_user("thematic_coord")
    [listed] = coordinator.get(f"{url}/@comments").json()["items"]
    assert listed["is_deletable"] is True
    assert coordinator.delete(comment).status_code == 204
    assert as_user("gp_igb").get(f"{url}/@comments").json()["items"] == []


def test_worker_not_coordinator_cannot_delete_a_comment(as_user):
    url, comment = commented_news(as_user)
    other = as_user("nurse_igl")
    [listed] = other.get(f"{url}/@comments").json()["items"]
    assert listed["is_deletable"] is False
    assert other.delete(comment).status_code in DENIED
    assert len(as_user("gp_igb").get(f"{url}/@comments").json()["items"]) == 1
