"""The profile installs types, workflows, groups, sections and settings."""

from plone import api

import pytest


CUSTOM_TYPES = [
    "Intergroup", "MedicalHouse", "Worker", "Job", "SectoralGroup", "WorkingGroup",
    "Thematic", "Activity", "Formation", "Tool", "Announcement", "SynthesisPage",
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
    api.portal.set_registry_record(
        "fmm_extranet.functions", ["sage_femme|sage-femme"]
    )
    functions = getUtility(IVocabularyFactory, "fmm_extranet.Functions")(portal)
    assert [t.token for t in functions] == ["sage_femme"]
