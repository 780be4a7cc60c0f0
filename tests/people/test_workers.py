"""Workers and jobs: computed access, privacy of email and GSM, validation."""

from fmm_extranet.people.workers import active_workers
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PEOPLE
from plone import api
import pytest


SECTORAL_DOC = "groupes-sectoriels/infirmiers/infirmiers-bruxelles/pv-infis"
WORKERS = "travailleurs"


def job_path(portal, user_id):
    worker = portal[WORKERS][user_id]
    return f"{WORKERS}/{user_id}/{worker.jobs()[0].getId()}"


def test_active_workers_are_the_workers_in_the_active_state_the_query_matches(world_portal):
    active = sorted(user_id for user_id, (status, *_rest) in PEOPLE.items() if status == "active")
    assert sorted(worker.user_id for worker in active_workers()) == active
    liege = world_portal["maisons-medicales"]["mm-laveu"].UID()
    in_liege = active_workers(fmm_workplaces=liege, sort_on="id")
    assert [worker.user_id for worker in in_liege] == ["nurse_igl", "thematic_coord", "wg_outsider"]


def test_function_change_moves_sectoral_access_at_once(as_user, world_portal):
    nurse = as_user("nurse_igl")
    assert nurse.get(SECTORAL_DOC).status_code == 200
    path = job_path(world_portal, "nurse_igl")
    response = nurse.patch(
        path,
        json={"functions": [{"function": "medecin_generaliste", "complement": None, "speciality": ""}]},
    )
    assert response.status_code == 204, response.text
    assert nurse.get(SECTORAL_DOC).status_code in (401, 403)
    # …and back: the GP who becomes a nurse opens it immediately.
    gp = as_user("gp_igb")
    gp_job = job_path(world_portal, "gp_igb")
    assert gp.get(SECTORAL_DOC).status_code in (401, 403)
    response = gp.patch(
        gp_job,
        json={"functions": [{"function": "infirmier", "complement": None, "speciality": "diabète"}]},
    )
    assert response.status_code == 204, response.text
    assert gp.get(SECTORAL_DOC).status_code == 200


def test_adding_and_deleting_a_job_updates_access(as_user, world_portal):
    gp = as_user("gp_igb")
    response = gp.post(
        f"{WORKERS}/gp_igb",
        json={
            "@type": "Job",
            "workplace": world_portal["maisons-medicales"]["mm-laveu"].UID(),
            "functions": [{"function": "infirmier", "complement": None, "speciality": ""}],
        },
    )
    assert response.status_code == 201, response.text
    assert gp.get(SECTORAL_DOC).status_code == 200
    assert gp.delete(response.json()["@id"]).status_code == 204
    assert gp.get(SECTORAL_DOC).status_code in (401, 403)


def test_marking_a_worker_as_left_removes_all_access(as_user):
    assert as_user("wg_member").get("groupes-de-travail/gt-ecologie-test/gt-doc").status_code == 200
    response = as_user("fede_staff").post(f"{WORKERS}/wg_member/@workflow/leave", json={})
    assert response.status_code == 200, response.text
    member = as_user("wg_member")
    for path in ("groupes-de-travail/gt-ecologie-test/gt-doc", "actualites/news", ""):
        assert member.get(path).status_code in (401, 403), path


def test_worker_cannot_change_own_status(as_user, world_portal):
    response = as_user("pending_worker").post(f"{WORKERS}/pending_worker/@workflow/activate", json={})
    assert response.status_code in (400, 401, 403)
    assert world_portal[WORKERS]["pending_worker"].status == "pending"


def test_left_member_regains_nothing_through_working_group(as_user, world_portal):
    """left_worker is listed as a member of the working group but holds no role."""
    group = world_portal["groupes-de-travail"]["gt-ecologie-test"]
    assert "left_worker" in group.members
    assert "left_worker" not in dict(group.get_local_roles())


@pytest.mark.parametrize("reader", ["gp_igb", "mm_manager", "thematic_coord"])
def test_other_workers_see_neither_email_nor_mobile(as_user, reader):
    body = as_user(reader).get(f"{WORKERS}/nurse_igl").json()
    assert body["last_name"] == "Test"
    assert "email" not in body and "mobile" not in body
    assert "newsletter" not in body and "digest" not in body  # their mail preferences
    assert login_of("nurse_igl") not in str(body)
    assert "+32 470" not in str(body)


def test_federation_staff_see_mobile_not_email(as_user):
    body = as_user("fede_staff").get(f"{WORKERS}/nurse_igl").json()
    assert body["mobile"] == "+32 470 00 00 00"
    assert "email" not in body
    assert login_of("nurse_igl") not in str(body)


@pytest.mark.parametrize("reader", ["nurse_igl", "site_admin"])
def test_owner_and_admin_see_email(as_user, reader):
    body = as_user(reader).get(f"{WORKERS}/nurse_igl").json()
    assert body["email"] == login_of("nurse_igl")
    assert body["newsletter"] is True and body["digest"]["token"] == "weekly"


def test_search_results_do_not_leak_email_or_mobile(as_user):
    response = as_user("gp_igb").get(
        "@search",
        params={"portal_type": "Worker", "fullobjects": 1, "metadata_fields": "_all"},
    )
    assert response.status_code == 200
    assert response.json()["items_total"] >= 6
    others = [i for i in response.json()["items"] if not i["@id"].endswith("/gp_igb")]
    assert len(others) >= 6
    text = str(others)  # one's own profile shows one's own email and GSM
    assert "@example.org" not in text and "+32 470" not in text


def test_private_job_contacts_hidden_public_ones_shown(as_user, world_portal):
    path = job_path(world_portal, "nurse_igl")
    owner = as_user("nurse_igl")
    response = owner.patch(
        path,
        json={
            "phone": "04 111 11 11",
            "phone_public": True,
            "mobile": "0499 99 99 99",
            "mobile_public": False,
        },
    )
    assert response.status_code == 204, response.text
    body = as_user("gp_igb").get(path).json()
    assert body["phone"] == "04 111 11 11"
    assert "mobile" not in body and "0499" not in str(body)
    assert body["function_titles"] == ["infirmier·ère"]
    assert owner.get(path).json()["mobile"] == "0499 99 99 99"


def test_manager_creates_worker_for_existing_user(as_user, world_portal, smtp_inbox):
    api.user.create(email="new.worker@example.org", username="new_worker", password="x" * 12)
    import transaction

    transaction.commit()
    response = as_user("site_admin").post(
        WORKERS,
        json={
            "@type": "Worker",
            "first_name": "Nouvelle",
            "last_name": "Travailleuse",
            "email": "new.worker@example.org",
            "user_id": "new_worker",
        },
    )
    assert response.status_code == 201, response.text
    activated = as_user("site_admin").post(f"{response.json()['@id']}/@workflow/activate", json={})
    assert activated.status_code == 200, activated.text
    world_portal._p_jar.sync()
    worker = world_portal[WORKERS][response.json()["id"]]
    assert worker.Title() == "Nouvelle Travailleuse"
    assert "Owner" in worker.get_local_roles_for_userid("new_worker")
    assert "Owner" not in worker.get_local_roles_for_userid("site_admin")
    assert "active_workers" in [g.id for g in api.group.get_groups(username="new_worker")]
    # a pending profile staff activate is approved like a request: the person gets her link
    assert [m["To"] for m in smtp_inbox.wait_for(1)] == ["new.worker@example.org"]


BAD_WORKERS = [
    ({"first_name": "Sans", "email": "a@example.org", "user_id": "gp_igb"}, "last_name"),
    ({"first_name": "A", "last_name": "B", "email": "pas-un-email", "user_id": "gp_igb"}, "email"),
    ({"first_name": "A", "last_name": "B", "email": "a@example.org", "user_id": "personne"}, "user_id"),
]


@pytest.mark.parametrize("body,field", BAD_WORKERS, ids=[f for _b, f in BAD_WORKERS])
def test_bad_worker_input_is_400_and_creates_nothing(as_user, world_portal, body, field):
    before = set(world_portal[WORKERS].objectIds())
    response = as_user("site_admin").post(WORKERS, json={"@type": "Worker", **body})
    assert response.status_code == 400, response.text
    assert field in response.text
    world_portal._p_jar.sync()
    assert set(world_portal[WORKERS].objectIds()) == before


BAD_JOBS = [
    ({"workplace": "federation"}, "functions"),
    ({"workplace": "federation", "functions": []}, "functions"),
    ({"workplace": "federation", "functions": [{"function": "astronaute"}]}, "astronaute"),
    ({"workplace": "federation", "functions": [5]}, "function"),
    ({"workplace": "federation", "functions": [{"function": "infirmier", "complement": "chef"}]}, "chef"),
    ({"workplace": "nulle-part", "functions": [{"function": "infirmier"}]}, "workplace"),
    ({"functions": [{"function": "infirmier"}]}, "workplace"),
]


@pytest.mark.parametrize("body,needle", BAD_JOBS, ids=[n for _b, n in BAD_JOBS])
def test_bad_job_input_is_400_and_creates_nothing(as_user, world_portal, body, needle):
    worker = world_portal[WORKERS]["gp_igb"]
    before = set(worker.objectIds())
    response = as_user("gp_igb").post(f"{WORKERS}/gp_igb", json={"@type": "Job", **body})
    assert response.status_code == 400, response.text
    assert needle in response.text
    world_portal._p_jar.sync()
    assert set(worker.objectIds()) == before


def test_unknown_vocabulary_token_on_space_is_400(as_user, world_portal):
    response = as_user("site_admin").post(
        "groupes-sectoriels",
        json={"@type": "SectoralGroup", "title": "Astronautes", "profession": "astronaute"},
    )
    assert response.status_code == 400, response.text
    assert "profession" in response.text
