"""Upgrade steps of the default profile, one function per metadata.xml version."""

from fmm_extranet.accounts.user_ids import rekey_email_ids
from fmm_extranet.controlpanel.settings import IExtranetSettings
from fmm_extranet.registrations import formation_of
from fmm_extranet.registrations import localized
from fmm_extranet.upgrades.moved import alias_moved_modules
from plone import api
from plone.base.utils import get_installer
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
import logging


PROFILE = "profile-fmm_extranet:default"

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
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(path="/".join(api.portal.get().getPhysicalPath())):
        brain._unrestrictedGetObject().reindexObject(idxs=["object_provides"])


def to_1004(setup_tool):
    """Security: the new Extranet settings (session lengths, the project lead's address)
    arrive with their defaults while the others keep their values (importing the whole
    registry step would put back the profile's values of settings changed since);
    acl_users gets the login brake and stored session tokens (tokens issued before were
    not stored: their holders sign in again); no account keeps its email as id — every
    email-shaped id is re-keyed wherever an id is kept (people re-keyed sign in again,
    with the same email and password). Running it again changes nothing."""
    registry = getUtility(IRegistry)
    present = [name for name in IExtranetSettings.names() if f"fmm_extranet.{name}" in registry.records]
    if len(present) < len(IExtranetSettings.names()):
        registry.registerInterface(IExtranetSettings, omit=present, prefix="fmm_extranet")
    if registry.get("plone.use_uuid_as_userid") is not True:
        registry["plone.use_uuid_as_userid"] = True
    setup_tool.runImportStepFromProfile(PROFILE, "fmm_extranet-sessions", run_dependencies=False)
    counts = rekey_email_ids()
    logger.info("1004: %s email-shaped user id(s) re-keyed", counts["ids"])
