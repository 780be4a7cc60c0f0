"""Opaque user ids (issue 12, point 2), through plone.restapi as real users.

A user id shows as the creator of everything its person writes: every account gets a
random one, Plone's own user management included. A site whose accounts got their
email as id (as Plone made them with ``use_uuid_as_userid`` off) is upgraded: every
email-shaped id is re-keyed, access and registrations stay, and the access matrix
(tests/access/test_access_matrix.py) runs again on the migrated site.
"""

from fmm_extranet.accounts.user_ids import OPAQUE_ID
from fmm_extranet.accounts.user_ids import rekey
from fmm_extranet.accounts.user_ids import rekey_email_ids
from fmm_extranet.people.workers import create_worker
from fmm_extranet.people.workers import functions
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from fmm_extranet.testing import PEOPLE
from fmm_extranet.testing import SITE_ADMIN
from fmm_extranet.upgrades import to_1004
from plone import api
from plone.app.discussion.interfaces import IConversation
from plone.portlets.constants import USER_CATEGORY
from plone.portlets.interfaces import IPortletManager
from tests.access import test_access_matrix as matrix
from tests.accounts.test_requests import link_token
from tests.catalogue.test_formations import catalogue  # noqa: F401 (fixture)
from tests.helpers import browser_for
from tests.helpers import session_for
from tests.helpers import submit_form
from tests.search.test_search_solr import solr_docs
from zope.component import getUtility
import json
import pytest
import transaction


NEWCOMER = "claire.nouvelle@example.org"
#: An account made before the upgrade, its email as id, as Plone made them.
MARIE = "marie.dupont@example.org"
WG = "groupes-de-travail/gt-ecologie-test"
NEWS = "actualites/news"
THEMATIC_DOC = "thematiques/sante-environnement/them-doc"


def session_as(portal, login, password=PASSWORD):
    session = session_for(portal)
    session.auth = (login, password)
    return session


def post_user(portal, email, **fields):
    """An account made in Volto's users control panel (``POST @users``) by an administrator."""
    admin = session_for(portal, SITE_ADMIN)
    response = admin.post("@users", json={"email": email, "password": PASSWORD, **fields})
    assert response.status_code == 201, response.text
    return response.json()["id"]


def account_id(portal, login):
    portal._p_jar.sync()
    return api.portal.get_tool("acl_users").source_users.getUserIdForLogin(login)


def everything(portal):
    """The portal and every cataloged object, comments included."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(path="/".join(portal.getPhysicalPath()))
    return [portal] + [brain._unrestrictedGetObject() for brain in brains]


def catalog_metadata(portal):
    """Every metadata column of every catalog entry, as text."""
    catalog = api.portal.get_tool("portal_catalog")
    columns = list(catalog.schema())
    brains = catalog.unrestrictedSearchResults(path="/".join(portal.getPhysicalPath()))
    return json.dumps(
        [{column: getattr(brain, column, None) for column in columns} for brain in brains],
        default=str,
        ensure_ascii=False,
    )


def assert_no_email_in_search(session, email, **params):
    """Search results, with every metadata field, never show ``email``."""
    response = session.get("@search", params={"metadata_fields": "_all", "b_size": 1000, **params})
    assert response.status_code == 200, response.text
    assert response.json()["items"], "the search should find something"
    assert email not in response.text, response.text


# New accounts


def test_post_users_account_gets_an_opaque_id(world_portal):
    without_name = post_user(world_portal, NEWCOMER)
    with_name = post_user(world_portal, "paul.martin@example.org", fullname="Paul Martin")
    for user_id in (without_name, with_name):
        assert OPAQUE_ID.match(user_id), user_id
        assert "@" not in user_id and "paul" not in user_id and "martin" not in user_id
    assert without_name != with_name
    account = session_for(world_portal, SITE_ADMIN).get(f"@users/{without_name}")
    assert account.status_code == 200, account.text
    assert account.json()["username"] == account.json()["email"] == NEWCOMER
    # they sign in with their email
    login = session_for(world_portal).post("@login", json={"login": NEWCOMER, "password": PASSWORD})
    assert login.status_code == 200, login.text


def test_users_control_panel_account_gets_an_opaque_id(world_portal):
    admin = browser_for(world_portal, SITE_ADMIN)
    response = submit_form(
        admin,
        "@@new-user",
        {
            "form.widgets.fullname": "Léon Lefèvre",
            "form.widgets.email": "leon.lefevre@example.org",
            "form.widgets.password": PASSWORD,
            "form.widgets.password_ctl": PASSWORD,
        },
        "form.buttons.register",
    )
    assert response.status_code == 200, response.status_code
    user_id = account_id(world_portal, "leon.lefevre@example.org")
    assert OPAQUE_ID.match(user_id), user_id


def test_the_profile_turns_opaque_ids_on(world_portal):
    assert api.portal.get_registry_record("plone.use_uuid_as_userid") is True
    assert api.portal.get_registry_record("plone.use_email_as_login") is True


def test_no_worker_reads_an_email_in_search_metadata(as_user, world_portal):
    """The colleague the staff made an account for writes news and comments."""
    user_id = post_user(world_portal, NEWCOMER, roles=["Site Administrator"])
    colleague = session_as(world_portal, NEWCOMER)
    response = colleague.post(NEWS.split("/")[0], json={"@type": "News Item", "title": "Kermesse hirondelle"})
    assert response.status_code == 201, response.text
    news = response.json()["@id"]
    assert response.json()["creators"] == [user_id]
    assert colleague.post(f"{news}/@comments", json={"text": "Bienvenue hirondelle"}).status_code == 204

    nurse = as_user("nurse_igl")
    assert_no_email_in_search(nurse, NEWCOMER, SearchableText="hirondelle")
    assert_no_email_in_search(nurse, NEWCOMER, Creator=user_id)
    comments = nurse.get(f"{news}/@comments")
    assert comments.status_code == 200 and comments.json()["items_total"] == 1
    assert NEWCOMER not in comments.text
    assert NEWCOMER not in nurse.get(news).text
    world_portal._p_jar.sync()
    assert NEWCOMER not in catalog_metadata(world_portal)


# Re-keying a site whose accounts have email ids


def old_site_registry():
    """The registry as Plone made email ids (before this upgrade)."""
    api.portal.set_registry_record("plone.use_uuid_as_userid", False)


def give_email_ids(portal):
    """The test world as Plone made it: every account's id is its email (its login)."""
    portal._p_jar.sync()
    old_site_registry()
    rekey({user_id: login_of(user_id) for user_id in [*PEOPLE, SITE_ADMIN]})
    transaction.commit()


def run_upgrade(portal):
    portal._p_jar.sync()
    to_1004(api.portal.get_tool("portal_setup"))
    transaction.commit()


@pytest.mark.parametrize("who", matrix.EVERYONE, ids=lambda who: who or "anonymous")
def test_access_matrix_on_the_upgraded_site(as_user, world_portal, who):
    give_email_ids(world_portal)
    assert account_id(world_portal, login_of("nurse_igl")) == login_of("nurse_igl")
    run_upgrade(world_portal)
    ids = {account_id(world_portal, login_of(u)) for u in [*PEOPLE, SITE_ADMIN]}
    assert len(ids) == len(PEOPLE) + 1 and all(OPAQUE_ID.match(i) for i in ids), ids
    for key in matrix.CONTENT:
        matrix.test_view(as_user, who, key)
        matrix.test_search(as_user, world_portal, who, key)
        matrix.test_add(as_user, world_portal, who, key)
        matrix.test_edit(as_user, world_portal, who, key)


@pytest.fixture
def staff(as_user):
    return as_user("fede_staff")


@pytest.fixture
def marie(world_portal, smtp_inbox):
    """An active nurse of the Marolles whose account id is her email, as Plone made it."""
    world_portal._p_jar.sync()
    old_site_registry()
    with api.env.adopt_roles(["Manager"]):
        create_worker(
            world_portal["travailleurs"],
            MARIE,
            MARIE,
            "Marie",
            "Dupont",
            jobs=[(world_portal["maisons-medicales"]["mm-marolles"].UID(), functions("infirmier"))],
            password=PASSWORD,
        )
    transaction.commit()
    return session_as(world_portal, MARIE)


def test_upgrade_rekeys_an_email_account_and_keeps_everything(
    as_user, world_portal, marie, staff, smtp_inbox, request
):
    formation = request.getfixturevalue("catalogue")  # a formation, its session and reserved documents
    # What Marie went through with her email as id.
    members = ["wg_member", "left_worker", MARIE]
    assert staff.patch(WG, json={"members": members}).status_code == 204
    document = marie.post(WG, json={"@type": "Document", "title": "Relevé des mésanges"})
    assert document.status_code == 201, document.text
    assert document.json()["creators"] == [MARIE]
    document = document.json()["@id"]
    assert marie.post(f"{NEWS}/@comments", json={"text": "Merci mésanges"}).status_code == 204
    assert marie.post(f"{THEMATIC_DOC}/@favourite").status_code == 200
    session = formation["session"]
    assert marie.post(f"{session}/@registration", json={}).status_code == 201
    attended = staff.post(f"{session}/@registrations/attendance", json={"user_ids": [MARIE]})
    assert attended.status_code == 200, attended.text
    assert marie.get(formation["reserved_doc"]).status_code == 200
    assert as_user().post("@password-reset", json={"email": MARIE}).status_code == 202
    token = link_token(smtp_inbox.to(MARIE)[-1])
    world_portal._p_jar.sync()
    assert world_portal["travailleurs"][MARIE].user_id == MARIE
    assert MARIE in catalog_metadata(world_portal)

    run_upgrade(world_portal)

    new_id = account_id(world_portal, MARIE)
    assert OPAQUE_ID.match(new_id), new_id
    world_portal._p_jar.sync()
    workers = world_portal["travailleurs"]
    assert MARIE not in workers and workers[new_id].user_id == new_id
    # she signs in as before and finds her profile, favourites, registrations, groups
    profile = marie.get("@my-profile")
    assert profile.status_code == 200, profile.text
    assert profile.json()["@id"].endswith(f"/travailleurs/{new_id}")
    favourites = marie.get("@favourites").json()["items"]
    assert [f["@id"].split("/plone/")[1] for f in favourites] == [THEMATIC_DOC]
    mine = marie.get("@my-registrations")
    assert mine.status_code == 200, mine.text
    assert [r["activity"]["@id"] for r in mine.json()["upcoming"]] == [session], mine.text
    assert marie.get(formation["reserved_doc"]).status_code == 200
    assert as_user("gp_igb").get(formation["reserved_doc"]).status_code in matrix.DENIED
    assert marie.get(matrix.CONTENT["sectoral_doc"][0]).status_code == 200
    # still a member of the working group, she reads and adds there; an outsider does not
    assert marie.get(document).status_code == 200
    assert as_user("wg_outsider").get(document).status_code in matrix.DENIED
    assert marie.post(WG, json={"@type": "Document", "title": "Suite"}).status_code == 201
    assert [m["token"] for m in staff.get(WG).json()["members"]] == ["wg_member", "left_worker", new_id]
    participants = staff.get(f"{session}/@registrations").json()
    assert new_id in json.dumps(participants) and MARIE not in json.dumps(participants)
    # her account keeps its properties
    account = as_user(SITE_ADMIN).get(f"@users/{new_id}").json()
    assert (account["fullname"], account["email"], account["username"]) == ("Marie Dupont", MARIE, MARIE)
    # leaving the working group after the upgrade takes its access away, and is logged
    assert staff.patch(WG, json={"members": ["wg_member", "left_worker"]}).status_code == 204
    assert marie.get(document).status_code in matrix.DENIED
    # the audit log speaks of the new id only
    log = as_user(SITE_ADMIN).get("@audit-log", params={"about": new_id})
    assert log.status_code == 200, log.text
    actions = [entry["action"] for entry in log.json()["items"]]
    assert actions.count("role_revoked") == 1 and actions.count("role_granted") == 1, actions
    assert MARIE not in as_user(SITE_ADMIN).get("@audit-log").text
    # her comment, her document and its history
    comments = as_user("gp_igb").get(f"{NEWS}/@comments").json()["items"]
    assert [c["author_username"] for c in comments] == [new_id]
    assert staff.get(document).json()["creators"] == [new_id]
    history = staff.get(f"{document}/@history")
    assert history.status_code == 200 and MARIE not in history.text, history.text
    # nothing anywhere names the old id
    world_portal._p_jar.sync()
    assert MARIE not in catalog_metadata(world_portal)
    for obj in everything(world_portal):
        kept = {
            "local roles": obj.get_local_roles(),
            "owner": obj.getOwnerTuple(),
            "creators": obj.listCreators() if hasattr(obj, "listCreators") else None,
            "workflow history": dict(getattr(obj, "workflow_history", None) or {}),
        }
        assert MARIE not in json.dumps(kept, default=str), (obj, kept)
    conversation = IConversation(world_portal.unrestrictedTraverse(NEWS))
    assert list(conversation.commentators) == [new_id]
    catalog = api.portal.get_tool("portal_catalog")
    for index in ("Creator", "allowedRolesAndUsers", "fmm_user_id", "fmm_space_people", "fmm_registrants"):
        values = catalog.Indexes[index].uniqueValues()
        assert not [v for v in values if MARIE in str(v)], index
    assert_no_email_in_search(as_user("wg_member"), MARIE, SearchableText="mésanges")
    # the link mailed before the upgrade still works
    activation = as_user().post("@account-activation", json={"token": token, "password": "Nouveau-mdp-2026"})
    assert activation.status_code == 200, activation.text
    assert session_as(world_portal, MARIE, "Nouveau-mdp-2026").get("@my-profile").status_code == 200


def test_a_second_upgrade_changes_nothing(world_portal, marie):
    give_email_ids(world_portal)
    run_upgrade(world_portal)
    assert api.portal.get_registry_record("plone.use_uuid_as_userid") is True
    ids = {login: account_id(world_portal, login) for login in [MARIE, login_of("nurse_igl")]}
    # the administrator's dashboard followed her account
    admin_id = account_id(world_portal, login_of(SITE_ADMIN))
    dashboard = getUtility(IPortletManager, name="plone.dashboard1")[USER_CATEGORY]
    assert admin_id in dashboard and login_of(SITE_ADMIN) not in dashboard
    assert rekey_email_ids()["ids"] == 0
    to_1004(api.portal.get_tool("portal_setup"))
    assert not world_portal._p_jar._registered_objects
    transaction.commit()
    assert {login: account_id(world_portal, login) for login in ids} == ids


def test_an_email_id_left_by_a_deleted_account_is_rekeyed_too(world_portal, marie):
    world_portal._p_jar.sync()
    with api.env.adopt_roles(["Manager"]):
        news = world_portal.unrestrictedTraverse(NEWS)
        news.setCreators([MARIE, "fede_staff"])
        news.reindexObject(idxs=["Creator", "listCreators"])
    transaction.commit()
    with api.env.adopt_roles(["Manager"]):
        api.portal.get_tool("acl_users").source_users.removeUser(MARIE)
    transaction.commit()
    run_upgrade(world_portal)
    world_portal._p_jar.sync()
    creators = world_portal.unrestrictedTraverse(NEWS).listCreators()
    assert creators[1] == "fede_staff" and OPAQUE_ID.match(creators[0]), creators
    # her profile, left behind, names the same new id
    (worker,) = [w for w in world_portal["travailleurs"].objectValues() if w.first_name == "Marie"]
    assert worker.user_id == creators[0] == worker.getId()
    assert MARIE not in catalog_metadata(world_portal)


def test_comments_named_by_an_email_get_a_name(as_user, world_portal):
    """Plone named the author of a comment by their login when their account had no name."""
    world_portal._p_jar.sync()
    old_site_registry()
    with api.env.adopt_roles(["Manager"]):
        api.portal.get_tool("acl_users").source_users.addUser(NEWCOMER, NEWCOMER, PASSWORD)
        api.user.grant_roles(user=api.user.get(userid=NEWCOMER), roles=["Site Administrator"])
    transaction.commit()
    colleague = session_as(world_portal, NEWCOMER)
    assert colleague.post(f"{NEWS}/@comments", json={"text": "Kermesse mouette"}).status_code == 204
    world_portal._p_jar.sync()
    (comment,) = IConversation(world_portal.unrestrictedTraverse(NEWS)).values()
    assert comment.author_username == NEWCOMER and comment.author_name == "Membre de l'extranet"
    comment.author_name = NEWCOMER  # as Plone named it
    comment.reindexObject(idxs=["Title", "SearchableText"])
    transaction.commit()

    run_upgrade(world_portal)

    nurse = as_user("nurse_igl")
    comments = nurse.get(f"{NEWS}/@comments")
    assert [c["author_name"] for c in comments.json()["items"]] == ["Membre de l'extranet"]
    assert NEWCOMER not in comments.text
    assert_no_email_in_search(nurse, NEWCOMER, SearchableText="mouette")
    assert_no_email_in_search(nurse, NEWCOMER, portal_type="Discussion Item")
    for index in ("Title", "SearchableText"):
        found = nurse.get("@search", params={index: "nouvelle", "portal_type": "Discussion Item"})
        assert found.json()["items_total"] == 0, (index, found.text)


@pytest.mark.solr
def test_solr_documents_hold_no_email(as_user, world_portal, solr, marie):
    """New accounts never reach Solr with an email; the upgrade rewrites what did."""
    user_id = post_user(world_portal, NEWCOMER, roles=["Site Administrator"])
    colleague = session_as(world_portal, NEWCOMER)
    assert colleague.post("actualites", json={"@type": "News Item", "title": "Kermesse"}).status_code == 201
    assert marie.post(f"{NEWS}/@comments", json={"text": "Merci"}).status_code == 204
    assert MARIE in json.dumps(solr_docs(solr), ensure_ascii=False)

    run_upgrade(world_portal)

    docs = json.dumps(solr_docs(solr), ensure_ascii=False)
    assert user_id in docs and account_id(world_portal, MARIE) in docs
    assert NEWCOMER not in docs and MARIE not in docs
