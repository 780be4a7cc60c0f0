"""A site built from the previous profile version, upgraded, is the same as a fresh install.

Two sites are added beside the test portal, inside the integration test's transaction
(aborted afterwards), the same way: a Plone site with plone.app.contenttypes and
barceloneta (as plone.app.testing builds its own), then

* "fresh": the current ``fmm_extranet:default`` profile;
* "upgraded": the profile as it was at version 1002 (``profiles/1002``, copied from
  git history and registered here as a test-only extension profile, with the same
  post-install handler), marked as ``fmm_extranet:default`` at 1002, then
  ``portal_setup.upgradeProfile("fmm_extranet:default")``.

Their types, workflows and chains, site-root rolemap, registry, catalog indexes and
columns, actions, configlets, browser layers and profile versions are then compared
(see compare.py); any difference is shown as a diff, per area.

The snapshot is the profile of e53419e, the commit that introduced version 1002 and
its upgrade step, not of the last commit at 1002: 1a120a2 later added the
``fmm-erase`` action without a version bump (step 1003 re-imports the actions for
sites installed before it), so the first 1002 is the one an upgrade must cope with.
Its types name the classes' old modules (``fmm_extranet.content.worker.Worker``...):
they resolve through the aliases of ``fmm_extranet.upgrades.moved``.
"""

from contextlib import contextmanager
from plone.app.testing import applyProfile
from plone.app.testing import SITE_OWNER_NAME
from plone.testing import zope
from Products.CMFCore.indexing import processQueue
from Products.CMFPlone.factory import addPloneSite
from Products.GenericSetup.interfaces import EXTENSION
from Products.GenericSetup.registry import _profile_registry
from tests.upgrades.compare import differences
from tests.upgrades.compare import profiles_state
from tests.upgrades.compare import site_state
from tests.upgrades.fingerprint import PREVIOUS
from tests.upgrades.fingerprint import PREVIOUS_VERSION
from tests.upgrades.fingerprint import profile_version
from zope.component.hooks import getSite
from zope.component.hooks import setSite
import pytest


PROFILE = "fmm_extranet:default"
PREVIOUS_NAME = f"fmm_extranet_{PREVIOUS_VERSION}"
PREVIOUS_PRODUCT = "tests.upgrades"
PREVIOUS_PROFILE = f"{PREVIOUS_PRODUCT}:{PREVIOUS_NAME}"


@contextmanager
def previous_profile():
    """The 1002 profile, registered as an extension profile while the block runs."""
    _profile_registry.registerProfile(
        PREVIOUS_NAME,
        f"fmm_extranet at {PREVIOUS_VERSION} (test snapshot)",
        "The default profile as it was at the previous version.",
        str(PREVIOUS),
        product=PREVIOUS_PRODUCT,
        profile_type=EXTENSION,
        post_handler="fmm_extranet.setuphandlers.post_install",
    )
    try:
        yield PREVIOUS_PROFILE
    finally:
        _profile_registry.unregisterProfile(PREVIOUS_NAME, PREVIOUS_PRODUCT)


def new_site(app, site_id, profile):
    """A Plone site as plone.app.testing makes one, with ``profile`` applied."""
    zope.login(app["acl_users"], SITE_OWNER_NAME)
    addPloneSite(
        app,
        site_id,
        title="Plone site",
        setup_content=False,
        default_language="en",
        extension_ids=("plone.app.contenttypes:default", "plonetheme.barceloneta:default"),
    )
    site = app[site_id]
    setSite(site)
    applyProfile(site, profile)
    # The indexing queue is per thread, not per site: index this site's objects
    # while it is the current site (its registry answers the indexers).
    processQueue()
    return site


@pytest.fixture
def two_sites(integration):
    """(fresh, upgraded, before): the current profile installed, 1002 upgraded, and
    the state of the 1002 site before its upgrade."""
    app, portal = integration["app"], integration["portal"]
    site_before = getSite()
    processQueue()
    try:
        fresh = new_site(app, "fresh-install", PROFILE)
        with previous_profile() as previous:
            upgraded = new_site(app, "upgraded-site", previous)
        before = state_of(upgraded)
        setup = upgraded.portal_setup
        setup.unsetLastVersionForProfile(previous)
        setup.setLastVersionForProfile(PROFILE, PREVIOUS_VERSION)
        setup.upgradeProfile(PROFILE)
        processQueue()
        yield fresh, upgraded, before
    finally:
        setSite(site_before or portal)
        zope.logout()


def state_of(site):
    setSite(site)
    return site_state(site)


def test_upgraded_site_is_like_a_fresh_install(two_sites):
    fresh, upgraded, before = two_sites
    fresh_state = state_of(fresh)
    assert differences(fresh_state, before), (
        f"the {PREVIOUS_VERSION} site equals a fresh install before any upgrade: "
        "the snapshot is not the previous profile, and this test proves nothing"
    )
    version = profile_version()
    reached = ".".join(upgraded.portal_setup.getLastVersionForProfile(PROFILE))
    assert reached == version, (
        f"upgrading from {PREVIOUS_VERSION} stops at {reached} but metadata.xml says {version}: "
        f"the upgrade step to {version} is missing (fmm_extranet/upgrades/configure.zcml)"
    )
    found = differences(fresh_state, state_of(upgraded))
    found.update(
        differences(
            {"profile versions": profiles_state(fresh)},
            {"profile versions": profiles_state(upgraded, ignore=(PREVIOUS_PROFILE,))},
        )
    )
    assert not found, (
        f"a site at {PREVIOUS_VERSION}, upgraded, differs from a fresh install of {PROFILE} "
        f"(a profile change without its upgrade step?) in: {', '.join(sorted(found))}\n\n"
        + "\n\n".join(f"=== {area} ===\n{diff}" for area, diff in sorted(found.items()))
    )
