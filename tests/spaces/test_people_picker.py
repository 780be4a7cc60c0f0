"""GET @people-picker: the people pickers of the spaces' forms (names, never emails)."""

from fmm_extranet.people.workers import worker_of


WG = "groupes-de-travail/gt-ecologie-test"


def test_search_finds_active_workers_by_name_with_their_houses(as_user, world_portal):
    worker_title = world_portal.unrestrictedTraverse(worker_path(world_portal, "wg_outsider")).Title()
    word = worker_title.split()[0]
    response = as_user("site_admin").get(f"{WG}/@people-picker", params={"q": word})
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    found = {item["user_id"]: item for item in items}
    assert "wg_outsider" in found
    assert found["wg_outsider"]["title"] == worker_title
    assert found["wg_outsider"]["houses"]
    assert all(item["active"] for item in items)
    assert "@" not in response.text  # no email (SPEC rule 8)


def test_search_leaves_out_departed_and_pending_workers(as_user, world_portal):
    for user_id in ("left_worker", "pending_worker"):
        title = world_portal.unrestrictedTraverse(worker_path(world_portal, user_id)).Title()
        items = as_user("site_admin").get(f"{WG}/@people-picker", params={"q": title}).json()["items"]
        assert user_id not in {item["user_id"] for item in items}


def test_search_needs_two_letters(as_user):
    response = as_user("site_admin").get(f"{WG}/@people-picker", params={"q": "a"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "q"


def test_held_ids_are_named_departed_ones_only_for_editors(as_user, world_portal):
    left_title = world_portal.unrestrictedTraverse(worker_path(world_portal, "left_worker")).Title()
    params = {"user_id": ["wg_member", "left_worker", "nobody"]}
    editor = as_user("site_admin").get(f"{WG}/@people-picker", params=params).json()["items"]
    assert [item["user_id"] for item in editor] == ["wg_member", "left_worker", "nobody"]
    assert editor[1]["title"] == left_title and editor[1]["active"] is False
    assert editor[2]["title"] == "nobody"
    member = as_user("wg_member").get(f"{WG}/@people-picker", params=params).json()["items"]
    assert member[0]["title"] != "wg_member" and member[0]["active"] is True
    assert member[1]["title"] == "left_worker"  # not named to a member who may not edit


def test_space_forms_use_the_people_picker(as_user):
    schema = as_user("site_admin").get("@types/WorkingGroup").json()["properties"]
    for field in ("members", "coordinators"):
        assert schema[field]["widgetOptions"]["frontendOptions"]["widget"] == "fmm_people"


def worker_path(portal, user_id):
    return "/".join(worker_of(user_id).getPhysicalPath())
