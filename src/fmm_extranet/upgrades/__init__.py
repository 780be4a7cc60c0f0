"""Upgrade steps of the default profile, one function per metadata.xml version."""

from fmm_extranet.accounts.user_ids import rekey_email_ids
from fmm_extranet.controlpanel.settings import IExtranetSettings
from fmm_extranet.helpdesk import ensure_faq
from fmm_extranet.medical_houses.disciplines import recount_all
from fmm_extranet.newsletter.content import ensure_newsletter_folder
from fmm_extranet.people.workers import set_status
from fmm_extranet.publications.job_offers import index_job_offers
from fmm_extranet.registrations import formation_of
from fmm_extranet.registrations import localized
from fmm_extranet.spaces.page_access import sync_all_spaces
from fmm_extranet.upgrades.moved import alias_moved_modules
from pathlib import Path
from plone import api
from plone.base.utils import get_installer
from plone.registry.interfaces import IRegistry
from xml.etree import ElementTree
from zope.component import getUtility
import logging


PROFILE = "profile-fmm_extranet:default"
#: Types whose body became searchable in 1005.
WITH_BODY = ("Activity", "Announcement", "SynthesisPage", "Formation")

logger = logging.getLogger("fmm_extranet.upgrades")

alias_moved_modules()


def to_1001(setup_tool):
    """Accounts, agenda, registrations and comments arrive on an existing site.

    Installs the new dependencies (collective.easyform, plone.app.discussion),
    re-imports the steps whose files changed (the new registry records, the
    rejected status and the comment workflow, the roles of comments and forms,
    the new index), then brings existing objects in line; activities stored
    with naive dates get the portal's timezone (the agenda compares aware dates).
    """
    installer = get_installer(api.portal.get())
    for dependency in ("collective.easyform", "plone.app.discussion"):
        if not installer.is_product_installed(dependency):
            installer.install_product(dependency)
    for step in ("rolemap", "workflow", "typeinfo", "catalog", "plone.app.registry"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    api.portal.get_tool("portal_workflow").updateRoleMappings()
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Activity"):
        activity = brain._unrestrictedGetObject()
        for name in ("start", "end"):
            value = getattr(activity, name, None)
            if value is not None and value.tzinfo is None:
                setattr(activity, name, localized(value))
        activity.reindexObject(idxs=["fmm_registrants"])
        formation = formation_of(activity)
        if formation is not None:
            formation.reindexObject(idxs=["fmm_space_people"])


def to_1002(setup_tool):
    """The classic UI's account pages: anonymous visitors reach the login and
    request pages (rolemap), and the menus lead to the account pages (actions)."""
    for step in ("rolemap", "actions"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)


def to_1003(setup_tool):
    """The capability layout: the types name their classes and schemas where they
    are now, the interfaces the content provides are indexed under their new names,
    and the menus of the classic account pages (actions changed after 1002)."""
    for step in ("typeinfo", "actions"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    reindex(["object_provides"], path="/".join(api.portal.get().getPhysicalPath()))


def to_1004(setup_tool):
    """Security: the new Extranet settings (session lengths, the project lead's address)
    arrive with their defaults while the others keep their values (importing the whole
    registry step would put back the profile's values of settings changed since);
    acl_users gets the login brake and stored session tokens (tokens issued before were
    not stored: their holders sign in again); no account keeps its email as id — every
    email-shaped id is re-keyed wherever an id is kept (people re-keyed sign in again,
    with the same email and password). Running it again changes nothing."""
    add_new_settings()
    registry = getUtility(IRegistry)
    if registry.get("plone.use_uuid_as_userid") is not True:
        registry["plone.use_uuid_as_userid"] = True
    setup_tool.runImportStepFromProfile(PROFILE, "fmm_extranet-sessions", run_dependencies=False)
    counts = rekey_email_ids()
    logger.info("1004: %s email-shaped user id(s) re-keyed", counts["ids"])


def add_new_settings():
    """The Extranet settings a version adds arrive with their defaults; the others keep
    their values (importing the whole registry step would put back the profile's)."""
    registry = getUtility(IRegistry)
    present = [name for name in IExtranetSettings.names() if f"fmm_extranet.{name}" in registry.records]
    if len(present) < len(IExtranetSettings.names()):
        registry.registerInterface(IExtranetSettings, omit=present, prefix="fmm_extranet")


def to_1005(setup_tool):
    """Worker screens, account review and team pages arrive on an existing site.

    One source for a worker's status, the workflow state: a profile whose stored
    ``status`` field disagreed with its state moves to the field's value (the field
    was the source of truth), then the field is dropped, with its catalog index
    (``review_state`` answers the same question). News get group tags and "à la une",
    tools themes (types); group pages open to active workers (rolemap), but a
    confidential space's to those who may view it; the new
    indexes and columns are filled; the site search's type boosts and its group facet
    (the Solr settings this version changed, the others keep their values); the words
    of the types whose body was not searchable (``WITH_BODY``); the
    validity of team invitations (Extranet settings).
    """
    catalog = api.portal.get_tool("portal_catalog")
    moved = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Worker"):
        worker = brain._unrestrictedGetObject()
        stored = worker.__dict__.get("status")
        if stored is not None:
            moved += set_status(worker, stored)
            del worker.__dict__["status"]
            worker._p_changed = True
    if "fmm_status" in catalog.indexes():
        catalog.delIndex("fmm_status")
    logger.info("1005: %s worker status(es) moved to their stored value", moved)

    add_new_settings()
    for step in ("typeinfo", "rolemap", "catalog"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    new_indexes = ["fmm_groups", "fmm_announcement_type", "fmm_featured_until"]
    for brain in catalog.unrestrictedSearchResults(path="/".join(api.portal.get().getPhysicalPath())):
        indexes = new_indexes + (["SearchableText"] if brain.portal_type in WITH_BODY else [])
        brain._unrestrictedGetObject().reindexObject(idxs=indexes)
    for key, value in profile_solr_values(("search_pattern", "facets")):
        api.portal.set_registry_record(f"collective.solr.{key}", value)
    sync_all_spaces()


#: The classic menu entries of the pages that only Volto has since 1006.
CLASSIC_ACTIONS = {
    "user": ("fmm-profile", "fmm-account-requests", "fmm-audit-log"),
    "site_actions": ("fmm-account-request", "fmm-password-reset"),
    "object": ("fmm-team", "fmm-erase"),
}


def to_1006(setup_tool):
    """Everyone works in Volto: the classic account, audit, erasure and data pages are
    gone, with their menu entries; the FAQ page and the new settings (support and public addresses); public
    job offers get their index (filled), houses the disciplines of their workers;
    synthesis pages their search words (types); Solr filters (not scores) the security
    and type clauses. The Solr schema's new fields need ``solr.sh start --update-config``
    and a reindex (backend/solr/README.md).
    """
    add_new_settings()
    setup_tool.runImportStepFromProfile(PROFILE, "typeinfo", run_dependencies=False)
    for key, value in profile_solr_values(("filter_queries",)):
        api.portal.set_registry_record(f"collective.solr.{key}", value)
    ensure_faq(api.portal.get())
    setup_tool.runImportStepFromProfile(PROFILE, "catalog", run_dependencies=False)
    index_job_offers()
    recount_all()
    actions = api.portal.get_tool("portal_actions")
    for category, ids in CLASSIC_ACTIONS.items():
        present = [action for action in ids if category in actions and action in actions[category]]
        if present:
            actions[category].manage_delObjects(present)


def to_1007(setup_tool):
    """The newsletter arrives: its type (also addable in intergroups), its workflow, the
    permissions to add and send it, and the federation's archive folder; the house map's
    tiles come from the Extranet settings (new settings with their defaults)."""
    add_new_settings()
    for step in ("typeinfo", "workflow", "rolemap"):
        setup_tool.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    ensure_newsletter_folder(api.portal.get())


def to_1008(setup_tool):
    """The digest job queries the workers who are due (catalog index ``fmm_digest_due``,
    filled here) instead of loading every worker at each run."""
    setup_tool.runImportStepFromProfile(PROFILE, "catalog", run_dependencies=False)
    reindex(["fmm_digest_due"], portal_type="Worker")


def to_1009(setup_tool):
    """The search's own-groups boost finds sectoral groups by profession and intergroups
    by code in the catalog (``fmm_functions``, ``fmm_intergroup``), filled here."""
    reindex(["fmm_functions", "fmm_intergroup"], portal_type=["SectoralGroup", "Intergroup"])


def to_1010(setup_tool):
    """The agenda's and group pages' lines read an activity's facts from the catalog
    (column ``fmm_activity_facts``, filled here) instead of loading each activity."""
    setup_tool.runImportStepFromProfile(PROFILE, "catalog", run_dependencies=False)
    reindex(["fmm_activity_type"], portal_type="Activity")


def to_1011(setup_tool):
    """The agenda finds a range's activities by their months (index ``fmm_agenda_months``,
    filled here)."""
    setup_tool.runImportStepFromProfile(PROFILE, "catalog", run_dependencies=False)
    reindex(["fmm_agenda_months"], portal_type="Activity")


def reindex(indexes, **query):
    """Reindex ``indexes`` (and the metadata columns) of every item the catalog finds for
    ``query``, whoever may see it."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(**query):
        brain._unrestrictedGetObject().reindexObject(idxs=indexes)


def profile_solr_values(keys):
    """(key, value) of these collective.solr settings as the profile's solr.xml gives them."""
    solr_xml = Path(__file__).parent.parent / "profiles" / "default" / "registry" / "solr.xml"
    document = ElementTree.parse(solr_xml)
    for value in document.getroot().iter("value"):
        if value.get("key") in keys:
            elements = value.findall("element")
            yield value.get("key"), [e.text for e in elements] if elements else value.text
