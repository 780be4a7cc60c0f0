"""What each capability holds about a person: one ``IPersonalData`` provider each.

``@my-data`` is their exports and the erasure their erasures; a capability that keeps
something in the site without a provider is noticed. And no indexer of a formation or
an activity searches the catalog (the attendees are read from the sessions).
"""

from fmm_extranet.accounts.workers import read_account_record
from fmm_extranet.core.interfaces import IPersonalData
from fmm_extranet.favourites import favourite_uids
from fmm_extranet.gdpr import FORMER_WORKER
from fmm_extranet.gdpr import providers
from fmm_extranet.gdpr.store import all_requests
from fmm_extranet.registrations import book_of
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from pathlib import Path
from plone import api
from plone.indexer.interfaces import IIndexableObject
from Products.CMFPlone.CatalogTool import CatalogTool
from Products.ZCatalog.Catalog import Catalog
from tests.catalogue.test_formations import catalogue  # noqa: F401 (fixture)
from tests.catalogue.test_formations import staff  # noqa: F401 (fixture)
from tests.helpers import session_for
from tests.registrations.test_registrations import create_activity
from zope.component import getMultiAdapter
from zope.component import getUtilitiesFor
import ast
import fmm_extranet
import pytest


pytestmark = pytest.mark.usefixtures("smtp_inbox")
PACKAGE = Path(fmm_extranet.__file__).parent
WG = "groupes-de-travail/gt-ecologie-test"
NEWS = "actualites"

#: provider name → the capability providing it.
PROVIDERS = {
    "account": "accounts",
    "spaces_and_creations": "access",
    "profile": "people",
    "registrations": "registrations",
    "favourites": "favourites",
    "audit": "accounts",
    "gdpr_requests": "gdpr",
    "sessions": "sessions",
    "relays": "helpdesk",
    "formation_interests": "catalogue",
    "whats_new": "whats_new",
}
#: Capabilities keeping data that is about no one: the scheduler (when each job ran), the
#: newsletter (the secret of its unsubscribe tokens; the choice is the profile's field).
NOT_PERSONAL = {"scheduler", "newsletter"}
#: What @my-data holds, in this order.
MY_DATA = [
    "account",
    "profile",
    "jobs",
    "registrations",
    "favourites",
    "spaces_seen",
    "last_digest",
    "audit",
    "gdpr_requests",
]


def test_every_capability_holding_personal_data_provides_it(world_portal):
    found = {name: type(provider).__module__ for name, provider in getUtilitiesFor(IPersonalData)}
    assert found == {name: f"fmm_extranet.{cap}.personal_data" for name, cap in PROVIDERS.items()}
    assert [name for name, _provider in providers()] == [
        "account",
        "spaces_and_creations",
        "profile",
        "registrations",
        "formation_interests",
        "favourites",
        "relays",
        "whats_new",
        "audit",
        "gdpr_requests",
        "sessions",
    ]


def storage_keys(path):
    """The ``*_KEY = "fmm_extranet…"`` constants of a module: where it keeps data."""
    tree = ast.parse(path.read_text())
    return [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and str(node.value.value).startswith("fmm_extranet.")
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.endswith("_KEY")
    ]


def test_a_capability_keeping_data_without_a_provider_is_noticed(world_portal):
    """Each capability keeping data in annotations or in the site provides what it holds."""
    keeping = {
        path.relative_to(PACKAGE).parts[0]
        for path in PACKAGE.rglob("*.py")
        if len(path.relative_to(PACKAGE).parts) > 1 and storage_keys(path)
    }
    assert (
        keeping
        == {"accounts", "favourites", "registrations", "gdpr", "helpdesk", "catalogue", "whats_new"}
        | NOT_PERSONAL
    )
    providing = {type(p).__module__.split(".")[1] for _name, p in getUtilitiesFor(IPersonalData)}
    assert keeping - NOT_PERSONAL <= providing


def test_my_data_is_what_the_providers_export(as_user, world_portal):
    response = as_user("nurse_igl").get("@my-data")
    assert response.status_code == 200, response.text
    assert sorted(response.json()) == sorted(MY_DATA)


def test_every_provider_exports_then_erases_its_part(as_user, world_portal, staff):  # noqa: F811
    member = as_user("wg_member")
    document = member.post(WG, json={"@type": "Document", "title": "Notes personnelles"})
    assert document.status_code == 201, document.text
    activity = create_activity(staff)
    assert member.post(f"{activity}/@registration", json={"answers": {}}).status_code == 201
    assert member.post(f"{NEWS}/@favourite").status_code == 200
    asked = member.post("@gdpr-requests", json={"kind": "erasure", "message": "Oubliez-moi"})
    assert asked.status_code == 201, asked.text
    credentials = {"login": login_of("wg_member"), "password": PASSWORD}
    login = session_for(world_portal).post("@login", json=credentials)
    assert login.status_code == 200, login.text

    data = member.get("@my-data").json()
    assert data["account"]["login"] == login_of("wg_member")
    assert data["profile"]["email"] == login_of("wg_member")
    assert data["jobs"]
    assert [r["activity"]["@id"] for r in data["registrations"]] == [activity]
    assert [f["title"] for f in data["favourites"]]
    assert data["audit"]
    assert [r["message"] for r in data["gdpr_requests"]] == ["Oubliez-moi"]
    world_portal._p_jar.sync()
    assert world_portal.acl_users.jwt_auth._tokens.get("wg_member")

    response = as_user("site_admin").post("@workers/wg_member/erase")
    assert response.status_code == 204, response.text

    world_portal._p_jar.sync()
    catalog = world_portal.portal_catalog
    (brain,) = catalog.unrestrictedSearchResults(portal_type="Worker", Title=FORMER_WORKER)
    worker = brain._unrestrictedGetObject()
    former_id = worker.user_id
    assert former_id.startswith("ancien-")
    # account: closed and deleted, its links revoked
    assert dict(read_account_record(worker)).keys() == {"erased"}
    assert worker.status == "left" and api.user.get(userid="wg_member") is None
    # spaces and creations
    assert "wg_member" not in world_portal.unrestrictedTraverse(WG).members
    assert not catalog.unrestrictedSearchResults(Creator="wg_member")
    # profile and jobs
    assert (worker.title, worker.email, worker.subscriptions) == (FORMER_WORKER, None, [])
    assert all(job.email is None for job in worker.jobs())
    # registrations: kept under the new id, without the answers
    book = book_of(world_portal.unrestrictedTraverse(activity.split("/plone/", 1)[1]))
    assert list(book.entries) == [former_id] and book.entries[former_id].answers == {}
    # favourites
    assert favourite_uids(worker) == []
    # audit: nothing about the account any more; the erasure is recorded last
    log = as_user("site_admin").get("@audit-log", params={"b_size": 1000}).json()["items"]
    assert "wg_member" not in str(log)
    assert [e["action"] for e in log if e["about"] == former_id][0] == "erased"
    # GDPR requests: kept under the new id, without the message
    assert [(r["user_id"], r["message"]) for r in all_requests()] == [(former_id, "")]
    # sessions: the stored tokens are gone
    assert world_portal.acl_users.jwt_auth._tokens.get("wg_member") is None
    assert world_portal.acl_users.jwt_auth._tokens.get(former_id) is None


# No indexer searches the catalog


@pytest.fixture
def catalog_searches(monkeypatch):
    """Every search of the catalog while the test runs (the searches still happen)."""
    searches = []
    for cls, name in (
        (CatalogTool, "searchResults"),
        (CatalogTool, "unrestrictedSearchResults"),
        (Catalog, "searchResults"),
    ):
        original = getattr(cls, name)

        def spy(self, *args, _original=original, _name=name, **kwargs):
            searches.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, spy)
    return searches


def indexed(portal, obj, index):
    wrapper = getMultiAdapter((obj, portal.portal_catalog), IIndexableObject)
    value = getattr(wrapper, index)
    return value() if callable(value) else value


def test_formation_and_session_indexers_read_no_catalog(
    as_user,
    world_portal,
    staff,  # noqa: F811
    catalogue,  # noqa: F811
    catalog_searches,
):
    session = catalogue["session"]
    assert as_user("nurse_igl").post(f"{session}/@registration", json={}).status_code == 201
    response = staff.post(f"{session}/@registrations/attendance", json={"user_ids": ["nurse_igl"]})
    assert response.status_code == 200, response.text
    world_portal._p_jar.sync()
    formation = world_portal.unrestrictedTraverse(catalogue["listening"].split("/plone/", 1)[1])
    activity = world_portal.unrestrictedTraverse(session.split("/plone/", 1)[1])
    del catalog_searches[:]

    assert indexed(world_portal, formation, "fmm_space_people") == ["nurse_igl"]
    assert indexed(world_portal, activity, "fmm_registrants") == ["nurse_igl"]
    assert catalog_searches == []
