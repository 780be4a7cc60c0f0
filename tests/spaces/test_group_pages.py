"""SPEC rule 7: every active worker opens every group's page, as a real user over REST.

The GP of the test world is not a nurse: the nurses' page is open to them, with its
news, activities (stored inside, organised by the group, or tagged with nursing) and
documents listed with a lock and no address; a locked document itself stays refused.
A confidential space does not exist for those outside it.
"""

from datetime import datetime
from datetime import timedelta
from plone import api
import pytest
import pytz
import transaction


NURSES = "groupes-sectoriels/infirmiers"
WG = "groupes-de-travail/gt-ecologie-test"
THEME = "thematiques/sante-environnement"
DENIED = (401, 403)
#: What Volto asks for with every page.
VOLTO_EXPAND = {"expand": "breadcrumbs,actions,types,navroot,navigation", "expand.navigation.depth": "3"}


def days(n):
    brussels = pytz.timezone("Europe/Brussels")
    start = brussels.localize(datetime.now() + timedelta(days=n)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    return {"start": start, "end": start + timedelta(hours=3)}


@pytest.fixture
def nurses_page(world_portal):
    """The nurses' group: a folder of minutes, a page and a file, news inside,
    activities inside, organised by it, tagged with nursing, and one elsewhere."""
    portal = world_portal
    nurses = portal.unrestrictedTraverse(NURSES)
    with api.env.adopt_roles(["Manager"]):
        minutes = api.content.create(
            container=nurses, type="Folder", id="comptes-rendus", title="Comptes rendus"
        )
        api.content.create(
            container=minutes, type="Document", id="pv-janvier", title="PV de la réunion de janvier"
        )
        api.content.create(container=nurses, type="File", id="charte", title="Charte des soins à domicile")
        api.content.create(
            container=nurses, type="News Item", id="infos", title="Nouvelles des infirmier·ère·s"
        )
        api.content.create(
            container=portal["actualites"], type="News Item", id="ailleurs", title="Autre nouvelle"
        )
        api.content.create(
            container=nurses,
            type="Activity",
            id="intervision",
            title="Intervision des infirmier·ère·s",
            activity_type="movement",
            **days(3),
        )
        agenda = portal["agenda"]
        for activity_id, title, fields in (
            ("organisee", "Journée d'étude des soins", {"organiser": nurses.UID()}),
            ("plaies", "Formation plaies et cicatrisation", {"sectors": ["infirmier"]}),
            ("kines", "Rencontre des kinés", {"sectors": ["kinesitherapeute"]}),
        ):
            api.content.create(
                container=agenda,
                type="Activity",
                id=activity_id,
                title=title,
                activity_type="movement",
                **fields,
                **days(5),
            )
    transaction.commit()
    return nurses


def overview(session, path):
    response = session.get(f"{path}/@group-overview")
    assert response.status_code == 200, response.text
    return response.json()


def test_a_gp_opens_the_nurses_page_as_volto_asks_for_it(as_user, nurses_page):
    response = as_user("gp_igb").get(NURSES, params=VOLTO_EXPAND)
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["title"] == "Infirmier·ère·s"
    assert [b["title"] for b in page["@components"]["breadcrumbs"]["items"]][-1] == "Infirmier·ère·s"
    # Its listing shows them what they may open: the news and activity, no folder.
    assert {item["title"] for item in page["items"]} == {
        "Nouvelles des infirmier·ère·s",
        "Intervision des infirmier·ère·s",
    }


def test_the_page_lists_news_and_activities_stored_organised_or_tagged(as_user, nurses_page):
    data = overview(as_user("gp_igb"), NURSES)
    assert [n["title"] for n in data["news"]] == ["Nouvelles des infirmier·ère·s"]
    first, *others = [a["title"] for a in data["activities"]]
    assert first == "Intervision des infirmier·ère·s"  # the soonest, stored inside
    # organised by the group, tagged with nursing; not the physiotherapists' meeting
    assert sorted(others) == ["Formation plaies et cicatrisation", "Journée d'étude des soins"]
    # Dated by their publication, as the news (the page marks them "New" by it), not by their start.
    for activity in data["activities"]:
        assert datetime.now().astimezone() - datetime.fromisoformat(activity["date"]) < timedelta(hours=1)


def test_documents_and_pages_are_listed_with_a_lock_and_no_address(as_user, nurses_page):
    documents = overview(as_user("gp_igb"), NURSES)["documents"]
    assert documents["items_total"] == 2
    listed = {d["title"]: d for d in documents["items"]}
    assert set(listed) == {"PV de la réunion de janvier", "Charte des soins à domicile"}
    minutes = listed["PV de la réunion de janvier"]
    assert minutes["locked"] is True
    assert "@id" not in minutes
    assert minutes["folder"] == [{"title": "Comptes rendus"}]  # by title, without address
    assert "@@download" not in str(documents) and "charte" not in str(documents)


def test_a_nurse_opens_the_same_documents(as_user, nurses_page):
    documents = overview(as_user("nurse_igl"), NURSES)["documents"]["items"]
    assert {d["locked"] for d in documents} == {False}
    minutes = next(d for d in documents if d["title"] == "PV de la réunion de janvier")
    assert minutes["@id"].endswith(f"{NURSES}/comptes-rendus/pv-janvier")
    assert minutes["folder"][0]["@id"].endswith(f"{NURSES}/comptes-rendus")


def test_a_locked_document_is_refused_to_the_gp(as_user, nurses_page):
    gp = as_user("gp_igb")
    assert gp.get(f"{NURSES}/comptes-rendus/pv-janvier").status_code in DENIED
    assert gp.get(f"{NURSES}/charte").status_code in DENIED
    assert gp.get(f"{NURSES}/charte/@@download/file").status_code in DENIED
    assert gp.get(f"{NURSES}/comptes-rendus").status_code in DENIED


@pytest.mark.parametrize("who", [None, "pending_worker", "left_worker"])
def test_the_page_stays_closed_to_those_who_see_nothing(as_user, nurses_page, who):
    session = as_user(who)
    # 401, as for any content they may not view: Volto says « Non autorisé ».
    assert session.get(NURSES).status_code == 401
    assert session.get(f"{NURSES}/@group-overview").status_code == 401


def test_a_working_group_page_is_open_until_it_is_confidential(as_user, world_portal):
    outsider = as_user("wg_outsider")
    assert outsider.get(WG).status_code == 200
    data = overview(outsider, WG)
    assert [(d["title"], d["locked"]) for d in data["documents"]["items"]] == [("Notes du GT Écologie", True)]

    response = as_user("site_admin").patch(WG, json={"confidential": True})
    assert response.status_code == 204, response.text
    for path in (WG, f"{WG}/@group-overview"):
        response = outsider.get(path)
        assert response.status_code == 404, (path, response.text)
        assert "GT" not in response.text
    assert outsider.get(f"{WG}/gt-doc").status_code in DENIED
    member = as_user("wg_member")
    assert member.get(WG).status_code == 200
    assert [d["locked"] for d in overview(member, WG)["documents"]["items"]] == [False]

    response = as_user("site_admin").patch(WG, json={"confidential": False})
    assert response.status_code == 204, response.text
    assert outsider.get(WG).status_code == 200


def test_a_thematic_page_lists_its_tools(as_user, world_portal):
    theme = world_portal.unrestrictedTraverse(THEME)
    with api.env.adopt_roles(["Manager"]):
        for tool_id, title, themes in (
            ("kit-chaleur", "Kit canicule", [theme.UID()]),
            ("affiche-tabac", "Affiche tabac", []),
        ):
            api.content.create(
                container=world_portal["outils"],
                type="Tool",
                id=tool_id,
                title=title,
                tool_kind="kit",
                dequap_category=api.portal.get_registry_record("fmm_extranet.dequap_categories")[0].split(
                    "|"
                )[0],
                themes=themes,
            )
    transaction.commit()
    tools = overview(as_user("gp_igb"), THEME)["tools"]
    assert [t["title"] for t in tools] == ["Kit canicule"]
    assert tools[0]["dequap_category"]["title"]
    assert overview(as_user("gp_igb"), NURSES)["tools"] == []


def test_an_intergroup_page_leads_to_its_local_groups(as_user, world_portal):
    with api.env.adopt_roles(["Manager"]):
        intergroup = api.content.create(
            container=world_portal["intergroupes"], type="Intergroup", id="igb", title="IGB", code="igb"
        )
        local = world_portal.unrestrictedTraverse(f"{NURSES}/infirmiers-bruxelles")
        local.intergroup = "igb"
        local.reindexObject()
    transaction.commit()
    subgroups = overview(as_user("gp_igb"), "intergroupes/igb")["subgroups"]
    assert [(g["title"], g["intergroup"]["token"]) for g in subgroups] == [
        ("Infirmier·ère·s de Bruxelles", "igb")
    ]
    assert subgroups[0]["@id"] == local.absolute_url()
    # The national group leads to its local sub-groups too.
    nurses = overview(as_user("gp_igb"), NURSES)["subgroups"]
    assert [g["title"] for g in nurses] == ["Infirmier·ère·s de Bruxelles"]
    assert intergroup.UID()


def test_coordinators_are_names_linking_to_their_page_without_contact(as_user, world_portal):
    data = overview(as_user("gp_igb"), THEME)
    assert data["coordinators"] == [
        {"@id": world_portal["travailleurs"]["thematic_coord"].absolute_url(), "title": "Thematic Test"}
    ]
    assert "example.org" not in str(data) and "+32" not in str(data)


def test_the_overview_takes_no_sub_path(as_user):
    response = as_user("gp_igb").get(f"{NURSES}/@group-overview/extra")
    assert response.status_code == 404
    assert response.json()["type"] == "NotFound"
