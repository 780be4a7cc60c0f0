"""Favourites (the heart): each worker's own list of items they may open, newest first."""

from fmm_extranet.favourites import favourite_uids
from tests.accounts.test_requests import DENIED
import pytest


NEWS = "actualites/news"
WG_DOC = "groupes-de-travail/gt-ecologie-test/gt-doc"


def favourite_titles(client):
    response = client.get("@favourites")
    assert response.status_code == 200, response.text
    return [item["title"] for item in response.json()["items"]]


def test_a_worker_adds_lists_and_removes_favourites(as_user):
    member = as_user("wg_member")
    assert member.get(f"{NEWS}/@favourite").json()["favourite"] is False
    for path in (NEWS, WG_DOC, NEWS):  # adding again brings it first, once
        response = member.post(f"{path}/@favourite")
        assert response.status_code == 200, response.text
        assert response.json()["favourite"] is True
    assert favourite_titles(member) == ["Journée des maisons médicales", "Notes du GT Écologie"]
    assert member.delete(f"{NEWS}/@favourite").json()["favourite"] is False
    assert favourite_titles(member) == ["Notes du GT Écologie"]


def test_favourites_are_personal(as_user):
    as_user("wg_member").post(f"{NEWS}/@favourite")
    assert favourite_titles(as_user("nurse_igl")) == []
    assert as_user("nurse_igl").get(f"{NEWS}/@favourite").json()["favourite"] is False


def test_an_item_one_may_no_longer_open_drops_out(as_user, world_portal):
    member = as_user("wg_member")
    member.post(f"{WG_DOC}/@favourite")
    response = as_user("fede_staff").patch(
        "groupes-de-travail/gt-ecologie-test", json={"members": ["left_worker"]}
    )
    assert response.status_code == 204, response.text
    assert member.get(WG_DOC).status_code in DENIED
    assert favourite_titles(member) == []


def test_one_cannot_favour_what_one_may_not_open(as_user, world_portal):
    before = as_user("nurse_igl").get("@favourites").json()
    assert as_user("nurse_igl").post(f"{WG_DOC}/@favourite").status_code in DENIED
    assert as_user("nurse_igl").get("@favourites").json() == before


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker"])
def test_no_favourites_without_an_active_account(as_user, who):
    client = as_user(who)
    assert client.get("@favourites").status_code in DENIED
    assert client.post(f"{NEWS}/@favourite").status_code in DENIED


def test_an_account_without_profile_has_no_favourites(as_user):
    assert as_user("site_admin").get("@favourites").status_code == 404


def test_favourites_are_in_my_data_and_erased_with_it(as_user, world_portal):
    as_user("nurse_igl").post(f"{NEWS}/@favourite")
    data = as_user("nurse_igl").get("@my-data").json()
    assert [item["title"] for item in data["favourites"]] == ["Journée des maisons médicales"]
    worker = world_portal["travailleurs"]["nurse_igl"]
    response = as_user("site_admin").post("@workers/nurse_igl/erase")
    assert response.status_code == 204, response.text
    world_portal._p_jar.sync()
    assert favourite_uids(worker) == []


def test_the_favourite_state_comes_with_the_content(as_user):
    """Volto asks ``?expand=favourite`` with every page: no second request."""
    member = as_user("wg_member")

    def expanded(client):
        response = client.get(NEWS, params={"expand": "favourite"})
        assert response.status_code == 200, response.text
        return response.json()["@components"]["favourite"]

    state = expanded(member)
    assert state["@id"].endswith(f"/{NEWS}/@favourite")
    assert state["favourite"] is False
    member.post(f"{NEWS}/@favourite")
    assert expanded(member)["favourite"] is True
    assert "favourite" not in member.get(NEWS).json()["@components"]["favourite"]  # not expanded
    assert "favourite" not in expanded(as_user("site_admin"))  # no profile, no favourites
