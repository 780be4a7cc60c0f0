"""@my-profile, @my-shortcuts and @my-data: the signed-in worker's own data."""

from fmm_extranet.testing import login_of
from fmm_extranet.testing import PEOPLE
from io import BytesIO
from PIL import Image
from plone import api
from tests.accounts.test_requests import DENIED
import base64
import pytest
import transaction


THEME = "thematiques/sante-environnement"


def image_bytes(kind="PNG", padding=0):
    """A small image file, plus ``padding`` bytes."""
    data = BytesIO()
    Image.new("RGB", (8, 8), "teal").save(data, kind)
    return data.getvalue() + b"\0" * padding


def image(kind="PNG", padding=0):
    """A JSON file upload of a small image, plus ``padding`` bytes."""
    return {
        "data": base64.b64encode(image_bytes(kind, padding)).decode("ascii"),
        "encoding": "base64",
        "filename": f"photo.{kind.lower()}",
        "content-type": f"image/{kind.lower()}",
    }


def test_my_profile_shows_my_private_fields(as_user):
    response = as_user("nurse_igl").get("@my-profile")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["email"] == login_of("nurse_igl")
    assert body["mobile"] == "+32 470 00 00 00"
    assert [item["@type"] for item in body["items"]] == ["Job"]


def test_first_login_leads_to_profile_completion_until_saved(as_user):
    nurse = as_user("nurse_igl")
    completion = nurse.get("@my-profile").json()["profile_completion"]
    assert completion == {"required": True, "missing": ["photo", "subscriptions"]}
    assert nurse.patch("@my-profile", json={"mobile": "0499 00 00 01"}).status_code == 200
    completion = nurse.get("@my-profile").json()["profile_completion"]
    assert completion == {"required": False, "missing": ["photo", "subscriptions"]}


def test_updating_gsm_photo_subscriptions_and_expertise(as_user, world_portal):
    theme = world_portal.unrestrictedTraverse(THEME).UID()
    response = as_user("nurse_igl").patch(
        "@my-profile",
        json={
            "mobile": "0499 12 34 56",
            "subscriptions": [theme],
            "expertise": "diabète",
            "photo": image(),
            "internship_supervisor": True,
        },
    )
    assert response.status_code == 200, response.text
    world_portal._p_jar.sync()
    worker = world_portal["travailleurs"]["nurse_igl"]
    assert (worker.mobile, worker.subscriptions, worker.expertise) == ("0499 12 34 56", [theme], "diabète")
    assert worker.photo.contentType == "image/png"
    assert response.json()["mobile"] == "0499 12 34 56"


BAD_PROFILES = [
    ({"photo": image(padding=5 * 1024 * 1024)}, "photo"),
    ({"photo": image("GIF")}, "photo"),
    ({"subscriptions": ["pas-un-theme"]}, "subscriptions"),
    ({"first_name": "<script>alert(1)</script>"}, "first_name"),
    ({"last_name": ""}, "last_name"),
    ({"email": "autre@example.net"}, "email"),
    ({"status": "active"}, "status"),
    ({"user_id": "gp_igb"}, "user_id"),
]


@pytest.mark.parametrize("body,field", BAD_PROFILES, ids=[f for _b, f in BAD_PROFILES])
def test_bad_profile_change_is_400_and_changes_nothing(as_user, world_portal, body, field):
    worker = world_portal["travailleurs"]["nurse_igl"]
    before = (worker.first_name, worker.last_name, worker.email, worker.photo, worker.subscriptions)
    response = as_user("nurse_igl").patch("@my-profile", json={"mobile": "0400 00 00 00", **body})
    assert response.status_code == 400, response.text
    assert response.json()["type"] == "BadRequest"
    assert field in [e["field"] for e in response.json()["errors"]]
    world_portal._p_jar.sync()
    assert (worker.first_name, worker.last_name, worker.email, worker.photo, worker.subscriptions) == before
    assert worker.mobile == "+32 470 00 00 00"


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker", "site_admin"])
def test_no_profile_without_an_active_worker(as_user, who):
    """site_admin may see everything but has no worker profile."""
    for path in ("@my-profile", "@my-shortcuts", "@my-data"):
        assert as_user(who).get(path).status_code in (*DENIED, 404), path


def shortcuts(as_user, who):
    response = as_user(who).get("@my-shortcuts")
    assert response.status_code == 200, response.text
    return [(item["kind"], item["title"]) for item in response.json()["items"]]


def test_shortcuts_follow_the_profile(as_user, world_portal):
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=world_portal["intergroupes"],
            type="Intergroup",
            id="igl",
            title="Intergroupe liégeois",
            code="igl",
        )
        api.content.create(
            container=world_portal["intergroupes"],
            type="Intergroup",
            id="igb",
            title="Intergroupe bruxellois",
            code="igb",
        )
    transaction.commit()
    assert shortcuts(as_user, "nurse_igl") == [
        ("intergroup", "Intergroupe liégeois"),
        ("medical_house", "Maison médicale du Laveu (101)"),
        ("sectoral_group", "Infirmier·ère·s"),
    ]
    theme = world_portal.unrestrictedTraverse(THEME).UID()
    as_user("nurse_igl").patch("@my-profile", json={"subscriptions": [theme]})
    assert shortcuts(as_user, "nurse_igl")[-1] == ("thematic", "Santé et environnement")
    items = as_user("nurse_igl").get("@my-shortcuts").json()["items"]
    assert items[-1]["@id"] == world_portal.unrestrictedTraverse(THEME).absolute_url()


def test_a_function_change_changes_the_shortcuts_at_once(as_user, world_portal):
    job = world_portal["travailleurs"]["gp_igb"].jobs()[0]
    assert ("sectoral_group", "Infirmier·ère·s") not in shortcuts(as_user, "gp_igb")
    response = as_user("gp_igb").patch(
        f"travailleurs/gp_igb/{job.getId()}",
        json={"functions": [{"function": "infirmier", "complement": None, "speciality": ""}]},
    )
    assert response.status_code == 204, response.text
    assert ("sectoral_group", "Infirmier·ère·s") in shortcuts(as_user, "gp_igb")
    assert as_user("gp_igb").get("groupes-sectoriels/infirmiers").status_code == 200


def test_my_data_holds_my_data_and_nobody_elses(as_user, world_portal):
    staff = as_user("fede_staff")
    staff.patch("travailleurs/nurse_igl", json={"expertise": "plaies"})
    # an entry of the audit log about her (and none about the members already there)
    members = ["wg_member", "left_worker", "nurse_igl"]
    assert staff.patch("groupes-de-travail/gt-ecologie-test", json={"members": members}).status_code == 204
    response = as_user("nurse_igl").get("@my-data")
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["account"]["login"] == login_of("nurse_igl")
    assert data["profile"]["email"] == login_of("nurse_igl")
    assert data["profile"]["mobile"] == "+32 470 00 00 00"
    assert data["profile"]["expertise"] == "plaies"
    assert data["jobs"][0]["functions"][0]["function"] == "infirmier"
    assert data["registrations"] == []
    assert {entry["about"] for entry in data["audit"]} == {"nurse_igl"}
    text = response.text
    for other in set(PEOPLE) - {"nurse_igl"}:
        assert login_of(other) not in text
    assert "site.admin" not in text
