"""@directory: active workers as an active worker sees them, filtered; never an email nor a GSM."""

from fmm_extranet.testing import login_of
from fmm_extranet.testing import PEOPLE
from plone import api
from tests.accounts.test_requests import DENIED
from tests.core.test_endpoints_refuse_bad_input import assert_one_shape
import pytest
import transaction


ACTIVE = sorted(user_id for user_id, (status, *_rest) in PEOPLE.items() if status == "active")


def found(client, **params):
    response = client.get("@directory", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(answer):
    return [item["@id"].rsplit("/", 1)[-1] for item in answer["items"]]


def test_active_workers_by_name_with_counts_and_no_private_contact(as_user, world_portal):
    answer = found(as_user("nurse_igl"))
    assert sorted(ids(answer)) == ACTIVE  # neither pending nor left
    titles = [item["title"] for item in answer["items"]]
    assert titles == sorted(titles)
    functions = {f["token"]: f["count"] for f in answer["facets"]["function"]}
    assert functions["infirmier"] == 1 and functions["medecin_generaliste"] == 1
    assert {i["token"]: i["count"] for i in answer["facets"]["intergroup"]} == {"igl": 3, "igb": 3}
    for user_id in PEOPLE:  # SPEC rule 8: no email, no GSM, whatever the reader
        assert login_of(user_id) not in str(answer)
    assert "+32 470" not in str(answer)
    gp = next(item for item in answer["items"] if item["@id"].endswith("/gp_igb"))
    assert gp["jobs"][0]["workplace"]["title"] == "Maison médicale des Marolles (201)"
    assert gp["jobs"][0]["functions"][0]["title"] == "médecin généraliste"


def test_filters_combine(as_user, world_portal):
    reader = as_user("nurse_igl")
    assert ids(found(reader, function="medecin_generaliste")) == ["gp_igb"]
    either = found(reader, function=["medecin_generaliste", "infirmier"])
    assert sorted(ids(either)) == ["gp_igb", "nurse_igl"]
    assert sorted(ids(found(reader, intergroup="igb"))) == ["gp_igb", "mm_manager", "wg_member"]
    laveu = world_portal["maisons-medicales"]["mm-laveu"].UID()
    assert sorted(ids(found(reader, medical_house=laveu))) == ["nurse_igl", "thematic_coord", "wg_outsider"]
    assert ids(found(reader, medical_house="federation")) == ["fede_staff"]
    assert sorted(ids(found(reader, postal_code="10"))) == ["gp_igb", "mm_manager", "wg_member"]
    assert ids(found(reader, q="Gp")) == ["gp_igb"]
    assert ids(found(reader, q="gp", intergroup="igl")) == []


def test_speciality_and_complement_match_without_accents_nor_case(as_user, world_portal):
    with api.env.adopt_roles(["Manager"]):
        job = world_portal["travailleurs"]["gp_igb"].jobs()[0]
        job.functions = [
            {"function": "medecin_generaliste", "complement": "maitre_de_stage", "speciality": "Assuétudes"}
        ]
        job.phone, job.phone_public = "02 555 01 01", True
        job.reindexObject()
    transaction.commit()
    reader = as_user("nurse_igl")
    answer = found(reader, speciality="assuetudes", complement="maitre_de_stage")
    assert ids(answer) == ["gp_igb"]
    assert answer["items"][0]["jobs"][0]["phone"] == "02 555 01 01"  # made public
    assert ids(found(reader, speciality="pédiatrie")) == []


def test_a_house_phone_by_default_and_a_private_job_phone_never(as_user, world_portal):
    with api.env.adopt_roles(["Manager"]):
        world_portal["maisons-medicales"]["mm-laveu"].phone = "04 222 00 00"
        job = world_portal["travailleurs"]["nurse_igl"].jobs()[0]
        job.phone, job.phone_public = "04 999 99 99", False
    transaction.commit()
    answer = found(as_user("gp_igb"), function="infirmier")
    assert answer["items"][0]["jobs"][0]["phone"] == "04 222 00 00"
    assert "04 999 99 99" not in str(answer)


@pytest.mark.parametrize(
    "params,field",
    [
        ({"function": "astronaute"}, "function"),
        ({"intergroup": "xyz"}, "intergroup"),
        ({"complement": "nope"}, "complement"),
        ({"medical_house": "not-a-uid"}, "medical_house"),
        ({"postal_code": "10a"}, "postal_code"),
    ],
)
def test_bad_filters_are_refused_in_french(as_user, params, field):
    response = as_user("nurse_igl").get("@directory", params=params)
    assert_one_shape(response, {400})
    assert [e["field"] for e in response.json()["errors"]] == [field]


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker"])
def test_only_active_workers_read_the_directory(as_user, who):
    assert as_user(who).get("@directory").status_code in DENIED
