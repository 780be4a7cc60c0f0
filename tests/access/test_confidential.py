"""A confidential space is hidden entirely from those who are not in it (SPEC rule 7).

Its title reaches nobody outside it through any vocabulary of the add-on nor any
service that looks things up unrestricted (issue 12, point 4). The working group
of the test world is made confidential and renamed with a word found nowhere
else; an activity it organises is published in the agenda, open to every worker;
one of its documents is shared with a worker outside it.
"""

from tests.search.test_search_solr import upload_pdf
from zope.component import getUtilitiesFor
from zope.schema.interfaces import IVocabularyFactory
import pytest
import transaction


WG = "groupes-de-travail/gt-ecologie-test"
SECRET = "Ornithorynque"
ACTIVITY = "agenda/sortie-confidentielle"
SHARED_DOC = f"{WG}/gt-doc"
AGENDA_RANGE = {"start": "2030-05-01", "end": "2030-05-31"}
#: Every vocabulary the add-on registers.
VOCABULARIES = [
    "fmm_extranet.ActivityTypes",
    "fmm_extranet.AnnouncementTypes",
    "fmm_extranet.DequapCategories",
    "fmm_extranet.FunctionComplements",
    "fmm_extranet.Functions",
    "fmm_extranet.GroupSpaces",
    "fmm_extranet.Intergroups",
    "fmm_extranet.JobContracts",  # fixed terms, no title of a space
    "fmm_extranet.PaymentModes",
    "fmm_extranet.Thematics",
    "fmm_extranet.WorkerStatuses",
    "fmm_extranet.Workplaces",
]
#: What a worker reads where a space's title may show: services that search
#: unrestricted or list spaces, and the activity the space organises.
SERVICES = [
    ("@agenda", AGENDA_RANGE),
    ("@agenda", {**AGENDA_RANGE, "organiser": "{wg_uid}"}),
    ("@agenda/ical", AGENDA_RANGE),
    (f"{WG}/@agenda", AGENDA_RANGE),
    (ACTIVITY, {}),
    (f"{ACTIVITY}/@ical", {}),
    ("@documents", {}),
    ("@documents", {"SearchableText": "Notes"}),
    ("@documents", {"group": "{wg_uid}"}),
    ("@search", {"SearchableText": "Notes"}),
    ("@search", {"SearchableText": "sortie", "metadata_fields": ["fmm_group_title", "organiser"]}),
    ("@search", {"portal_type": ["WorkingGroup", "Activity"], "metadata_fields": "fmm_group_title"}),
    ("@search", {"UID": "{wg_uid}"}),
    ("groupes-de-travail", {}),
    ("@my-shortcuts", {}),
    ("@my-profile", {}),
    ("@my-data", {}),
    ("@my-registrations", {}),
    ("@favourites", {}),
    ("@formations", {}),
    ("@tools", {}),
    ("@dequap/formation_continue", {}),
    ("@navigation", {"expand.navigation.depth": "3"}),
    ("@account-request-form", {}),
]
READS = [(f"@vocabularies/{name}", {}) for name in VOCABULARIES] + SERVICES


def read_id(read):
    path, params = read
    return f"{path}?{'&'.join(sorted(params))}" if params else path


@pytest.fixture
def confidential(as_user, world_portal):
    """The working group, confidential; its activity in the agenda; a document shared."""
    admin = as_user("site_admin")
    response = admin.patch(WG, json={"confidential": True, "title": f"GT {SECRET}"})
    assert response.status_code == 204, response.text
    world_portal._p_jar.sync()
    wg_uid = world_portal.unrestrictedTraverse(WG).UID()
    response = as_user("fede_staff").post(
        "agenda",
        json={
            "@type": "Activity",
            "id": ACTIVITY.split("/")[-1],
            "title": "Sortie nature",
            "activity_type": "movement",
            "organiser": wg_uid,
            "start": "2030-05-12T09:00:00+02:00",
            "end": "2030-05-12T17:00:00+02:00",
        },
    )
    assert response.status_code == 201, response.text
    document = world_portal.unrestrictedTraverse(SHARED_DOC)
    document.manage_setLocalRoles("wg_outsider", ["Reader"])
    document.reindexObjectSecurity()
    transaction.commit()
    return wg_uid


def get(session, read, wg_uid):
    path, params = read
    params = {
        key: [v.format(wg_uid=wg_uid) for v in value]
        if isinstance(value, list)
        else value.format(wg_uid=wg_uid)
        for key, value in params.items()
    }
    return session.get(path, params=params)


def test_every_vocabulary_of_the_add_on_is_checked(world_portal):
    registered = sorted(
        name for name, _f in getUtilitiesFor(IVocabularyFactory) if name.startswith("fmm_extranet.")
    )
    assert registered == VOCABULARIES


@pytest.mark.parametrize("read", READS, ids=map(read_id, READS))
def test_nothing_shows_a_confidential_space_s_title_to_a_worker_outside_it(as_user, confidential, read):
    response = get(as_user("wg_outsider"), read, confidential)
    assert response.status_code < 500, response.text
    assert SECRET not in response.text


def test_the_worker_outside_still_sees_the_activity_and_the_shared_document(as_user, confidential):
    """Only the title of the space is hidden: what they may open stays listed."""
    outsider = as_user("wg_outsider")
    (occurrence,) = outsider.get("@agenda", params=AGENDA_RANGE).json()["items"]
    assert (occurrence["title"], occurrence["organiser"]) == ("Sortie nature", None)
    assert outsider.get(ACTIVITY).json()["organiser"] == confidential  # its UID, no title
    documents = outsider.get("@documents", params={"SearchableText": "Notes"}).json()["items"]
    assert [(d["title"], d["can_open"], d["group"]) for d in documents] == [
        ("Notes du GT Écologie", True, None)
    ]
    groups = [t["title"] for t in outsider.get("@vocabularies/fmm_extranet.GroupSpaces").json()["items"]]
    assert "Infirmier·ère·s" in groups and "Santé et environnement" in groups
    refused = outsider.get("@agenda", params={**AGENDA_RANGE, "organiser": confidential})
    assert refused.status_code == 400


@pytest.mark.parametrize("who", ["wg_member", "fede_staff"])
def test_those_in_the_space_still_read_its_title(as_user, confidential, who):
    """The same reads show it to its members and to the staff: the hiding is not blanket."""
    session = as_user(who)
    groups = session.get("@vocabularies/fmm_extranet.GroupSpaces").json()["items"]
    assert {"token": confidential, "title": f"GT {SECRET}"} in groups
    (occurrence,) = session.get("@agenda", params=AGENDA_RANGE).json()["items"]
    assert occurrence["organiser"]["title"] == f"GT {SECRET}"
    filtered = session.get("@agenda", params={**AGENDA_RANGE, "organiser": confidential})
    assert len(filtered.json()["items"]) == 1
    assert session.get(ACTIVITY).json()["organiser"]["title"] == f"GT {SECRET}"
    documents = session.get("@documents", params={"SearchableText": "Notes"}).json()["items"]
    assert [d["group"]["title"] for d in documents] == [f"GT {SECRET}"]


@pytest.mark.solr
def test_solr_search_and_documents_keep_it_hidden_too(as_user, confidential, solr):
    """With Solr answering (facets, full text inside PDFs), the same holds."""
    upload_pdf(as_user("fede_staff"), WG, "Compte rendu", "Sortie nature du groupe.")
    transaction.commit()
    for who, shown in (("wg_outsider", False), ("wg_member", True)):
        session = as_user(who)
        for path, params in (
            ("@search", {"SearchableText": "sortie", "metadata_fields": "fmm_group_title"}),
            ("@documents", {"SearchableText": "sortie"}),
            ("@documents", {"SearchableText": "Notes"}),
        ):
            response = session.get(path, params=params)
            assert response.status_code == 200, response.text
            assert (SECRET in response.text) is shown, (who, path, params)
