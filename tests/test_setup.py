"""The profile installs types, workflows, groups, sections and settings."""

from plone import api
import pytest


ACCESS_CONTENTS_INFORMATION = "Access contents information"


def assert_upgraded_to_the_profile_version(setup):
    """The upgrade steps lead to the version of metadata.xml."""
    profile = "fmm_extranet:default"
    assert setup.getLastVersionForProfile(profile) == (setup.getVersionForProfile(profile),)


CUSTOM_TYPES = [
    "Intergroup",
    "MedicalHouse",
    "Worker",
    "Job",
    "SectoralGroup",
    "WorkingGroup",
    "Thematic",
    "Activity",
    "Formation",
    "Tool",
    "Announcement",
    "SynthesisPage",
]


@pytest.mark.parametrize("portal_type", CUSTOM_TYPES)
def test_type_installed(portal, portal_type):
    assert portal_type in api.portal.get_tool("portal_types").objectIds()


@pytest.mark.parametrize(
    "portal_type,workflow",
    [
        ("News Item", "fmm_open_workflow"),
        ("Activity", "fmm_open_workflow"),
        ("Thematic", "fmm_open_workflow"),
        ("SectoralGroup", "fmm_restricted_workflow"),
        ("WorkingGroup", "fmm_restricted_workflow"),
        ("Worker", "fmm_worker_workflow"),
        ("File", "fmm_inherit_workflow"),
        ("Job", "fmm_inherit_workflow"),
    ],
)
def test_workflow_chains(portal, portal_type, workflow):
    chain = api.portal.get_tool("portal_workflow").getChainForPortalType(portal_type)
    assert chain == (workflow,)


def test_sections_created(portal):
    for section in ("actualites", "agenda", "travailleurs", "groupes-sectoriels"):
        assert section in portal.objectIds()


def test_base_groups(portal):
    assert "ActiveWorker" in api.group.get(groupname="active_workers").getRoles()
    assert api.group.get(groupname="profession_infirmier") is not None
    assert api.group.get(groupname="intergroup_igl") is not None


def test_anonymous_has_no_view_on_root(portal):
    roles = [r["name"] for r in portal.rolesOfPermission("View") if r["selected"]]
    assert "Anonymous" not in roles and "Authenticated" not in roles


def test_vocabularies_from_settings(portal):
    from zope.component import getUtility
    from zope.schema.interfaces import IVocabularyFactory

    functions = getUtility(IVocabularyFactory, "fmm_extranet.Functions")(portal)
    assert functions.getTerm("infirmier").title == "infirmier·ère"
    api.portal.set_registry_record("fmm_extranet.functions", ["sage_femme|sage-femme"])
    functions = getUtility(IVocabularyFactory, "fmm_extranet.Functions")(portal)
    assert [t.token for t in functions] == ["sage_femme"]


def test_upgrade_from_1001_opens_the_site_tools_and_drops_the_classic_menus(portal):
    """A 1001 site gets anonymous access to the site's tools (1002); the classic menus
    that 1002 added go with their pages (1006)."""
    setup = api.portal.get_tool("portal_setup")
    actions = api.portal.get_tool("portal_actions")
    portal.manage_permission(ACCESS_CONTENTS_INFORMATION, ["Manager"], acquire=False)
    setup.setLastVersionForProfile("fmm_extranet:default", "1001")

    setup.upgradeProfile("fmm_extranet:default")

    assert setup.getLastVersionForProfile("fmm_extranet:default") == (
        setup.getVersionForProfile("fmm_extranet:default"),
    )
    roles = [r["name"] for r in portal.rolesOfPermission(ACCESS_CONTENTS_INFORMATION) if r["selected"]]
    assert "Anonymous" in roles and "ActiveWorker" in roles
    ours = [a for category in actions.objectValues() for a in category.objectIds() if a.startswith("fmm-")]
    assert ours == []
    test_anonymous_has_no_view_on_root(portal)


def test_upgrade_to_1001_restores_what_a_1000_site_lacks(portal):
    """A site installed at profile 1000 gets the accounts/agenda pieces by upgrading."""
    setup = api.portal.get_tool("portal_setup")
    workflow_tool = api.portal.get_tool("portal_workflow")
    catalog = api.portal.get_tool("portal_catalog")
    registry = api.portal.get_tool("portal_registry")
    workflow_tool.setChainForPortalTypes(["Discussion Item"], ("one_state_workflow",))
    catalog.delIndex("fmm_registrants")
    del registry.records["fmm_extranet.approval_delay"]
    activity = portal["agenda"]["activity"]
    activity.start = activity.start.replace(tzinfo=None)
    setup.setLastVersionForProfile("fmm_extranet:default", "1000")

    setup.upgradeProfile("fmm_extranet:default")

    assert setup.getLastVersionForProfile("fmm_extranet:default") == (
        setup.getVersionForProfile("fmm_extranet:default"),
    )
    assert workflow_tool.getChainForPortalType("Discussion Item") == ("fmm_comment_workflow",)
    assert "fmm_registrants" in catalog.indexes()
    assert api.portal.get_registry_record("fmm_extranet.approval_delay") == 48
    assert "rejected" in workflow_tool["fmm_worker_workflow"].states
    assert str(activity.start.tzinfo) == "Europe/Brussels"


def test_upgrade_to_1003_names_the_classes_where_they_are(portal):
    """A 1002 site: types name their old modules."""
    setup = api.portal.get_tool("portal_setup")
    catalog = api.portal.get_tool("portal_catalog")
    fti = api.portal.get_tool("portal_types")["Worker"]
    fti.klass = "fmm_extranet.content.worker.Worker"
    fti.schema = "fmm_extranet.content.worker.IWorker"
    setup.setLastVersionForProfile("fmm_extranet:default", "1002")

    setup.upgradeProfile("fmm_extranet:default")

    assert setup.getLastVersionForProfile("fmm_extranet:default") == (
        setup.getVersionForProfile("fmm_extranet:default"),
    )
    assert fti.klass == "fmm_extranet.people.content.Worker"
    assert fti.schema == "fmm_extranet.people.content.IWorker"
    assert catalog.unrestrictedSearchResults(object_provides="fmm_extranet.spaces.behaviors.IGroupSpace")
