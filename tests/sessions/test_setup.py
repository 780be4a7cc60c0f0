"""The sessions' plugins in acl_users: a fresh site has them, upgrade 1004 brings them."""

from Acquisition import aq_base
from fmm_extranet.sessions.plugins import SessionTokens
from fmm_extranet.upgrades import to_1004
from plone import api
from plone.restapi.pas.plugin import JWTAuthenticationPlugin
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.interfaces.plugins import IExtractionPlugin
from tests.sessions.test_sessions import sign_in
from tests.sessions.test_sessions import status_with
import transaction


def plugin_ids(portal, interface):
    return portal.acl_users.plugins.listPluginIds(interface)


def installed(portal):
    return (
        plugin_ids(portal, IAuthenticationPlugin),
        plugin_ids(portal, IExtractionPlugin),
        type(aq_base(portal.acl_users.jwt_auth)),
    )


FRESH = (
    ("login_brake", "session", "jwt_auth"),
    ("credentials_cookie_auth", "credentials_basic_auth", "session", "jwt_auth"),
    SessionTokens,
)


def test_a_fresh_site_checks_passwords_through_the_brake_and_stores_tokens(world_portal):
    assert installed(world_portal) == FRESH


def test_upgrade_1004_replaces_restapis_plugin_and_adds_the_brake(world_portal):
    acl_users = world_portal.acl_users
    registry = acl_users.plugins
    # A site of profile 1003: plone.restapi's plugin, source_users checking passwords.
    acl_users._delObject("jwt_auth")
    acl_users._delObject("login_brake")
    acl_users._setObject("jwt_auth", JWTAuthenticationPlugin("jwt_auth"))
    acl_users.jwt_auth.manage_activateInterfaces(["IAuthenticationPlugin", "IExtractionPlugin"])
    acl_users.jwt_auth.use_keyring = False
    acl_users.jwt_auth._secret = "the-old-secret"
    registry.activatePlugin(IAuthenticationPlugin, "source_users")
    registry.movePluginsTop(IAuthenticationPlugin, ["source_users"])
    assert plugin_ids(world_portal, IAuthenticationPlugin) == ("source_users", "session", "jwt_auth")

    setup_tool = api.portal.get_tool("portal_setup")
    to_1004(setup_tool)
    assert installed(world_portal) == FRESH
    assert (acl_users.jwt_auth.use_keyring, acl_users.jwt_auth._secret) == (False, "the-old-secret")
    to_1004(setup_tool)
    assert installed(world_portal) == FRESH
    assert api.portal.get_registry_record("fmm_extranet.session_idle_timeout") == 120
    transaction.commit()

    token = sign_in(world_portal)
    assert status_with(world_portal, token) == 200
