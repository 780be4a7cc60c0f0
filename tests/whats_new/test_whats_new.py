"""What is new in a worker's spaces: the counts on their shortcuts, @seen, the digests."""

from DateTime import DateTime
from datetime import datetime
from datetime import timedelta
from datetime import UTC
from fmm_extranet.people.workers import worker_of
from fmm_extranet.scheduler import run_now
from fmm_extranet.testing import login_of
from fmm_extranet.whats_new import new_count
from fmm_extranet.whats_new import record
from plone import api
from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain
from tests.accounts.test_requests import DENIED
import pytest
import transaction


NURSES = "groupes-sectoriels/infirmiers"
WORKING_GROUP = "groupes-de-travail/gt-ecologie-test"
PUBLIC = "https://extranet.example.be/fmm"


def publish(client, space, title, portal_type="News Item"):
    response = client.post(space, json={"@type": portal_type, "title": title})
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def new_counts(client):
    response = client.get("@my-shortcuts")
    assert response.status_code == 200, response.text
    return {item["title"]: item["new"] for item in response.json()["items"]}


def test_shortcuts_count_what_is_new_until_the_space_is_opened(as_user):
    nurse, staff = as_user("nurse_igl"), as_user("fede_staff")
    assert new_counts(nurse)["Infirmier·ère·s"] == 0  # the Brussels sub-group's document is not its
    for title in ("Formation plaies", "Garde de Noël"):
        publish(staff, NURSES, title)
    assert new_counts(nurse)["Infirmier·ère·s"] == 2
    assert new_counts(as_user("gp_igb"))["Maison médicale des Marolles (201)"] == 1  # its announcement

    first = nurse.post(f"{NURSES}/@seen")
    assert first.status_code == 200, first.text
    assert first.json() == {"previous": None}
    assert new_counts(nurse)["Infirmier·ère·s"] == 0
    previous = datetime.fromisoformat(nurse.post(f"{NURSES}/@seen").json()["previous"])
    assert datetime.now(UTC) - previous < timedelta(minutes=1)

    publish(staff, NURSES, "Réunion de janvier")
    assert new_counts(nurse)["Infirmier·ère·s"] == 1
    assert new_counts(as_user("gp_igb"))["Maison médicale des Marolles (201)"] == 1  # seen by each worker


def test_seen_is_a_json_write_of_a_worker_who_may_open_the_space(as_user):
    assert as_user().post(f"{NURSES}/@seen").status_code in DENIED
    assert as_user("pending_worker").post(f"{NURSES}/@seen").status_code in DENIED
    assert as_user("gp_igb").post(f"{NURSES}/@seen").status_code in DENIED  # not a nurse
    assert as_user("wg_outsider").post(f"{WORKING_GROUP}/@seen").status_code in DENIED
    nurse = as_user("nurse_igl")
    assert nurse.get(f"{NURSES}/@seen").status_code in (404, 405)  # a GET never writes
    assert nurse.post(f"{NURSES}/@seen", data="{}", headers={"Content-Type": "text/plain"}).status_code == 415
    assert nurse.post(f"{NURSES}/@seen").json() == {"previous": None}  # nothing was written


@pytest.fixture
def digests(functional, world_portal, smtp_inbox):
    """Run the digests at a time (as the scheduler does): its summary."""
    api.portal.set_registry_record("fmm_extranet.public_url", PUBLIC + "/")
    transaction.commit()

    def run(at):
        return run_now(functional["app"], "digests", at)["plone"]

    return run


def mail_to(smtp_inbox, user_id):
    found = smtp_inbox.to(login_of(user_id))
    assert len(found) <= 1, found
    return found[0].get_body(("plain",)).get_content().replace("\r\n", "\n") if found else None


def test_a_digest_holds_only_the_new_items_the_worker_may_open(as_user, digests, smtp_inbox):
    staff = as_user("fede_staff")  # before the digests: they make the portal's URLs public
    start = datetime.now(UTC) - timedelta(days=8)
    assert digests(start).startswith("0 digest(s) sent")  # the clocks start: nothing sent
    wg_doc = publish(staff, WORKING_GROUP, "Compte rendu confidentiel", "Document")
    publish(staff, NURSES, "Garde de Noël")

    summary = digests(datetime.now(UTC) + timedelta(minutes=1))
    assert summary.startswith("4 digest(s) sent"), summary  # and the Marolles' manager
    smtp_inbox.wait_for(4)
    member = mail_to(smtp_inbox, "wg_member")
    assert "GT Écologie\n- Notes du GT Écologie\n" in member  # since the last digest
    assert "- Compte rendu confidentiel\n" in member
    assert f"  {PUBLIC}/{WORKING_GROUP}/{wg_doc.rsplit('/', 1)[1]}\n" in member
    assert "Maison médicale des Marolles (201)\n- Offre d'emploi : accueillant·e" in member
    assert f"{PUBLIC}/mon-profil" in member
    nurse = mail_to(smtp_inbox, "nurse_igl")
    assert "Infirmier·ère·s\n- Garde de Noël\n" in nurse
    assert "Compte rendu" not in nurse and "Offre" not in nurse
    assert "Garde de Noël" not in mail_to(smtp_inbox, "gp_igb")  # a GP is no nurse
    assert mail_to(smtp_inbox, "wg_outsider") is None  # nothing new for them: no mail
    assert mail_to(smtp_inbox, "left_worker") is None  # a member, but gone

    smtp_inbox.clear()
    assert digests(datetime.now(UTC) + timedelta(minutes=2)) == "0 digest(s) sent, 0 worker(s) checked"


def test_daily_and_weekly_digests_are_due_after_their_period(as_user, digests):
    assert as_user("nurse_igl").get("@my-profile").json()["digest"]["token"] == "weekly"
    response = as_user("nurse_igl").patch("@my-profile", json={"digest": "daily"})
    assert response.status_code == 200, response.text
    assert as_user("gp_igb").patch("@my-profile", json={"digest": "never"}).status_code == 200
    start = datetime.now(UTC)
    first = digests(start)
    checked = int(first.split(", ")[1].split()[0])
    assert digests(start + timedelta(hours=23)).endswith(" 0 worker(s) checked")
    assert digests(start + timedelta(days=1)).endswith(" 1 worker(s) checked")  # the nurse
    assert digests(start + timedelta(days=7)).endswith(f" {checked} worker(s) checked")


@pytest.fixture
def loaded_workers(monkeypatch):
    """The ids of the workers the catalog's brains load, in order."""
    loaded = []
    load = AbstractCatalogBrain._unrestrictedGetObject

    def counting(brain):
        parent, name = brain.getPath().split("/")[-2:]
        if parent == "travailleurs":
            loaded.append(name)
        return load(brain)

    monkeypatch.setattr(AbstractCatalogBrain, "_unrestrictedGetObject", counting)
    return loaded


def test_the_job_loads_only_the_workers_due(as_user, digests, loaded_workers):
    assert as_user("nurse_igl").patch("@my-profile", json={"digest": "daily"}).status_code == 200
    assert as_user("gp_igb").patch("@my-profile", json={"digest": "never"}).status_code == 200
    loaded_workers.clear()  # the requests load their worker
    start = datetime.now(UTC)
    digests(start)  # every clock starts
    assert "nurse_igl" in loaded_workers and "gp_igb" not in loaded_workers
    loaded_workers.clear()
    assert digests(start + timedelta(hours=23)).endswith(" 0 worker(s) checked")
    assert loaded_workers == []  # nobody is due: nobody is woken
    assert digests(start + timedelta(days=1)).endswith(" 1 worker(s) checked")
    assert loaded_workers == ["nurse_igl"]  # the weekly ones are not due yet
    loaded_workers.clear()
    digests(start + timedelta(days=7))
    assert "nurse_igl" in loaded_workers and "wg_member" in loaded_workers
    assert "gp_igb" not in loaded_workers  # "never" is never due
    assert len(loaded_workers) == len(set(loaded_workers))


def test_a_crashed_run_sends_nobody_and_the_next_one_sends_each_once(
    as_user, digests, smtp_inbox, monkeypatch
):
    from fmm_extranet.whats_new import digests as module

    staff = as_user("fede_staff")
    digests(datetime.now(UTC) - timedelta(days=8))
    publish(staff, NURSES, "Garde de Noël")
    real = module.send_digest
    sent = []

    def crashing(worker, now):
        sent.append(real(worker, now))
        if sum(sent) == 2:
            raise RuntimeError("crash")
        return sent[-1]

    monkeypatch.setattr(module, "send_digest", crashing)
    assert digests(datetime.now(UTC)) is None  # the run failed: undone
    monkeypatch.undo()
    assert sum(sent) == 2
    summary = digests(datetime.now(UTC) + timedelta(minutes=1))
    assert summary.startswith("4 digest(s) sent"), summary
    messages = smtp_inbox.wait_for(4)
    assert len({m["To"] for m in messages}) == 4
    assert len(smtp_inbox.messages) == 4


def test_a_count_compares_the_minute_of_the_last_visit_to_the_second(integration):
    """The catalog keeps creation dates to the minute: the items of the visit's own minute
    are compared exactly, the later ones counted (new_count)."""
    space = integration["portal"].unrestrictedTraverse(NURSES)
    worker = worker_of("nurse_igl")
    since = datetime.now(UTC).replace(second=30, microsecond=0) - timedelta(hours=1)
    created = {"Avant": -20, "Juste après": 10, "Minute suivante": 45, "Plus tard": 900}
    with api.env.adopt_roles(["Manager"]):
        for title, seconds in created.items():
            item = api.content.create(container=space, type="News Item", title=title)
            item.creation_date = DateTime(since + timedelta(seconds=seconds))
            item.reindexObject(idxs=["created"])
    with api.env.adopt_user(user=api.user.get(userid="nurse_igl")):
        for seen, count in ((since, 3), (since + timedelta(seconds=10), 2)):  # at its creation: seen
            record(worker)["seen"][space.UID()] = seen
            assert new_count(worker, space.UID()) == count
