"""@medical-houses: the medical-house directory and the map's houses, as an active
worker sees them; disciplines present follow the active workers' jobs."""

from fmm_extranet.medical_houses.disciplines import COUNTED_IN
from fmm_extranet.medical_houses.disciplines import recount_all
from fmm_extranet.medical_houses.disciplines import SOURCES
from fmm_extranet.people.workers import set_status
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PEOPLE
from plone import api
from tests.accounts.test_requests import DENIED
from tests.core.test_endpoints_refuse_bad_input import assert_one_shape
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import pytest
import transaction


LAVEU = {"latitude": 50.6330, "longitude": 5.5590}
MAROLLES = {"latitude": 50.8380, "longitude": 4.3460}
SERAING = {"latitude": 50.6000, "longitude": 5.5100}  # ≈ 5 km from the Laveu
#: Derived from the Laveu's active workers' jobs (the pending nurse adds nothing).
LAVEU_DISCIPLINES = {"infirmier": True, "kinesitherapeute": True, "psychologue": True}


@pytest.fixture
def houses(world_portal):
    """The world's two houses located, and a third near Liège with a declared discipline."""
    folder = world_portal["maisons-medicales"]
    with api.env.adopt_roles(["Manager"]):
        laveu, marolles = folder["mm-laveu"], folder["mm-marolles"]
        laveu.geolocation, laveu.zone_postal_codes, laveu.open_to_registrations = (
            LAVEU,
            ["4000", "4020"],
            True,
        )
        laveu.email = "accueil@laveu.example.org"
        marolles.geolocation, marolles.zone_postal_codes = MAROLLES, ["1000"]
        marolles.open_to_registrations = False
        seraing = api.content.create(
            container=folder,
            type="MedicalHouse",
            id="mm-seraing",
            title="Maison médicale de Seraing",
            number=150,
            street="Rue Cockerill 1",
            postal_code="4100",
            municipality="Seraing",
            intergroup="igl",
            payment_mode="forfait",
            open_to_registrations=True,
            geolocation=SERAING,
            zone_postal_codes=["4100", "4020"],
            disciplines=["dieteticien"],
        )
        for house in (laveu, marolles):
            house.reindexObject()
    transaction.commit()
    return {"laveu": laveu, "marolles": marolles, "seraing": seraing}


def found(client, **params):
    response = client.get("@medical-houses", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(answer):
    return [item["@id"].rsplit("/", 1)[-1] for item in answer["items"]]


def disciplines(answer, house_id):
    item = next(item for item in answer["items"] if item["@id"].endswith(f"/{house_id}"))
    return {d["token"]: d["from_accounts"] for d in item["disciplines"]}


def test_houses_by_name_with_their_disciplines_and_no_email(as_user, houses):
    answer = found(as_user("nurse_igl"))
    assert ids(answer) == ["mm-seraing", "mm-marolles", "mm-laveu"]  # by name
    laveu = answer["items"][2]
    assert laveu["title"] == "Maison médicale du Laveu (101)"
    assert laveu["UID"] == houses["laveu"].UID()
    assert laveu["geolocation"] == LAVEU and laveu["zone_postal_codes"] == ["4000", "4020"]
    assert laveu["intergroup"]["token"] == "igl" and laveu["payment_mode"]["token"] == "forfait"
    assert laveu["open_to_registrations"] is True and "distance_km" not in laveu
    # derived from the active workers' jobs: the pending nurse and the left one do not count
    assert disciplines(answer, "mm-laveu") == LAVEU_DISCIPLINES
    assert disciplines(answer, "mm-marolles") == {
        "accueillant": True,
        "gestionnaire": True,
        "medecin_generaliste": True,
    }
    assert disciplines(answer, "mm-seraing") == {"dieteticien": False}  # declared by the managers
    facets = answer["facets"]
    assert {f["token"]: f["count"] for f in facets["intergroup"]} == {"igl": 2, "igb": 1}
    assert {f["token"]: f["count"] for f in facets["payment_mode"]} == {"forfait": 2, "acte": 1}
    assert {f["token"]: f["count"] for f in facets["discipline"]}["psychologue"] == 1
    assert facets["open_to_registrations"] == 2
    assert answer["my_houses"] == [{"UID": houses["laveu"].UID(), "title": "Maison médicale du Laveu (101)"}]
    text = answer.__repr__()
    assert "@laveu.example.org" not in text and "+32 470" not in text  # no email, no GSM
    for user_id in PEOPLE:
        assert login_of(user_id) not in text


def test_each_filter(as_user, houses):
    reader = as_user("gp_igb")
    assert ids(found(reader, q="laveu")) == ["mm-laveu"]
    assert ids(found(reader, q="médicale 150")) == ["mm-seraing"]
    assert ids(found(reader, intergroup="igb")) == ["mm-marolles"]
    assert ids(found(reader, intergroup=["igb", "igl"])) == ["mm-seraing", "mm-marolles", "mm-laveu"]
    assert ids(found(reader, postal_code="41")) == ["mm-seraing"]
    assert ids(found(reader, municipality="liege")) == ["mm-laveu"]
    assert ids(found(reader, payment_mode="acte")) == ["mm-marolles"]
    assert ids(found(reader, open_to_registrations="false")) == ["mm-marolles"]
    assert ids(found(reader, open_to_registrations="true")) == ["mm-seraing", "mm-laveu"]
    assert ids(found(reader, discipline="psychologue")) == ["mm-laveu"]
    assert ids(found(reader, discipline="dieteticien")) == ["mm-seraing"]
    assert ids(found(reader, discipline=["dieteticien", "medecin_generaliste"])) == [
        "mm-seraing",
        "mm-marolles",
    ]
    assert ids(found(reader, covers="4020")) == ["mm-seraing", "mm-laveu"]


def test_near_sorts_by_distance_and_radius_cuts(as_user, houses):
    reader = as_user("nurse_igl")
    answer = found(reader, near=houses["marolles"].UID())
    assert ids(answer) == ["mm-marolles", "mm-seraing", "mm-laveu"]
    distances = [item["distance_km"] for item in answer["items"]]
    assert distances[0] == 0 and 80 < distances[1] < distances[2] < 100
    around = found(reader, near=houses["laveu"].UID(), radius_km="10")
    assert ids(around) == ["mm-laveu", "mm-seraing"]
    assert 3 < around["items"][1]["distance_km"] < 7


def test_filters_combine(as_user, houses):
    reader = as_user("nurse_igl")
    laveu = houses["laveu"].UID()
    # the guide's "quelles maisons médicales autour de la mienne ont un psy"
    assert ids(found(reader, near=laveu, radius_km="10", discipline="psychologue")) == ["mm-laveu"]
    assert ids(found(reader, payment_mode="forfait", intergroup="igl", covers="4020")) == [
        "mm-seraing",
        "mm-laveu",
    ]
    assert ids(found(reader, payment_mode="forfait", discipline="medecin_generaliste")) == []
    assert ids(found(reader, q="seraing", open_to_registrations="false")) == []


def test_disciplines_follow_jobs_and_statuses(as_user, world_portal, houses):
    reader = as_user("gp_igb")
    seraing = houses["seraing"]
    with api.env.adopt_roles(["Manager"]):
        set_status(world_portal["travailleurs"]["thematic_coord"], "left")  # the Laveu's psychologist
        job = world_portal["travailleurs"]["gp_igb"].jobs()[0]
        job.workplace = seraing.UID()  # the GP moves to Seraing
        notify(ObjectModifiedEvent(job))
        seraing.disciplines = ["dieteticien", "medecin_generaliste"]
    transaction.commit()
    answer = found(reader)
    assert "psychologue" not in disciplines(answer, "mm-laveu")
    assert "medecin_generaliste" not in disciplines(answer, "mm-marolles")
    # declared and found in the accounts: shown as declared
    assert disciplines(answer, "mm-seraing") == {"dieteticien": False, "medecin_generaliste": False}
    assert ids(found(reader, discipline="psychologue")) == []

    with api.env.adopt_roles(["Manager"]):
        set_status(world_portal["travailleurs"]["thematic_coord"], "active")  # back
        worker = world_portal["travailleurs"]["gp_igb"]
        worker.manage_delObjects([job.getId()])  # the job removed
    transaction.commit()
    answer = found(reader)
    assert disciplines(answer, "mm-laveu")["psychologue"] is True
    assert disciplines(answer, "mm-seraing") == {"dieteticien": False, "medecin_generaliste": False}
    assert ids(found(reader, discipline="medecin_generaliste")) == ["mm-seraing"]  # declared only


@pytest.mark.parametrize(
    "params,field",
    [
        ({"intergroup": "xyz"}, "intergroup"),
        ({"payment_mode": "gratuit"}, "payment_mode"),
        ({"discipline": "astronaute"}, "discipline"),
        ({"postal_code": "10a"}, "postal_code"),
        ({"covers": "40"}, "covers"),
        ({"open_to_registrations": "peut-être"}, "open_to_registrations"),
        ({"near": "not-a-uid"}, "near"),
        ({"radius_km": "10"}, "radius_km"),
        ({"near": "LAVEU", "radius_km": "-3"}, "radius_km"),
        ({"near": "LAVEU", "radius_km": "loin"}, "radius_km"),
    ],
)
def test_bad_filters_are_refused_in_french(as_user, houses, params, field):
    params = {k: houses["laveu"].UID() if v == "LAVEU" else v for k, v in params.items()}
    response = as_user("nurse_igl").get("@medical-houses", params=params)
    assert_one_shape(response, {400})
    assert [e["field"] for e in response.json()["errors"]] == [field]


def test_a_house_without_location_cannot_be_the_centre(as_user, world_portal, houses):
    with api.env.adopt_roles(["Manager"]):
        houses["marolles"].geolocation = None
    transaction.commit()
    response = as_user("nurse_igl").get("@medical-houses", params={"near": houses["marolles"].UID()})
    assert_one_shape(response, {400})
    answer = found(as_user("nurse_igl"), near=houses["laveu"].UID())
    assert ids(answer)[-1] == "mm-marolles" and "distance_km" not in answer["items"][-1]


def test_batches(as_user, houses):
    answer = found(as_user("nurse_igl"), b_size=2)
    assert answer["items_total"] == 3 and len(answer["items"]) == 2 and "batching" in answer
    assert len(answer["facets"]["intergroup"]) == 2  # counts over every house found


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker"])
def test_only_active_workers_read_the_directory(as_user, who):
    assert as_user(who).get("@medical-houses").status_code in DENIED


def test_recount_all_rebuilds_the_disciplines_of_every_house(as_user, world_portal, houses):
    """What the upgrade runs on a site whose houses never counted their workers."""
    with api.env.adopt_roles(["Manager"]):
        for house in houses.values():
            if SOURCES in house.__dict__:
                delattr(house, SOURCES)
        for worker in world_portal["travailleurs"].objectValues():
            if COUNTED_IN in worker.__dict__:
                delattr(worker, COUNTED_IN)
    transaction.commit()
    assert disciplines(found(as_user("nurse_igl")), "mm-laveu") == {}
    with api.env.adopt_roles(["Manager"]):
        recount_all()
    transaction.commit()
    answer = found(as_user("nurse_igl"))
    assert disciplines(answer, "mm-laveu") == LAVEU_DISCIPLINES
    assert disciplines(answer, "mm-seraing") == {"dieteticien": False}
