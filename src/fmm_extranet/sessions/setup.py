"""Install the sessions' PAS plugins in the site's acl_users (import step, upgrade 1004)."""

from Acquisition import aq_base
from BTrees.OOBTree import OOBTree
from fmm_extranet.sessions.plugins import LoginBrake
from fmm_extranet.sessions.plugins import SessionTokens
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.interfaces.plugins import IChallengePlugin
from Products.PluggableAuthService.interfaces.plugins import IExtractionPlugin


TOKENS = "jwt_auth"
BRAKE = "login_brake"
#: The profile holds this file: the import step runs for fmm_extranet:default only.
MARKER = "fmm_extranet_sessions.txt"
#: Kept from plone.restapi's plugin when it is replaced.
KEPT = ("title", "token_timeout", "use_keyring", "_secret")


def import_sessions(context):
    """GenericSetup import step."""
    if context.readDataFile(MARKER) is None:
        return
    install(context.getSite())


def install(portal):
    """Stored session tokens in place of plone.restapi's JWT plugin; the brake before passwords.

    Idempotent. Tokens issued before the replacement were not stored: their holders
    sign in again once.
    """
    acl_users = portal.acl_users
    registry = acl_users.plugins
    replace_tokens_plugin(acl_users, registry)
    if BRAKE not in acl_users.objectIds():
        acl_users._setObject(BRAKE, LoginBrake(BRAKE, "Extranet: login brake"))
    if BRAKE not in registry.listPluginIds(IAuthenticationPlugin):
        registry.activatePlugin(IAuthenticationPlugin, BRAKE)
    if registry.listPluginIds(IAuthenticationPlugin)[0] != BRAKE:
        registry.movePluginsTop(IAuthenticationPlugin, [BRAKE])
    # The brake checks the passwords of source_users itself.
    if LoginBrake.source_id in registry.listPluginIds(IAuthenticationPlugin):
        registry.deactivatePlugin(IAuthenticationPlugin, LoginBrake.source_id)


def replace_tokens_plugin(acl_users, registry):
    current = acl_users._getOb(TOKENS, None)
    if current is not None and isinstance(aq_base(current), SessionTokens):
        plugin = current
    else:
        plugin = SessionTokens(TOKENS)
        active = {IExtractionPlugin: None, IAuthenticationPlugin: None}  # at the end
        if current is not None:
            for name in KEPT:
                if name in aq_base(current).__dict__:
                    setattr(plugin, name, aq_base(current).__dict__[name])
            active = {
                interface: registry.listPluginIds(interface).index(TOKENS)
                for interface in (IExtractionPlugin, IAuthenticationPlugin, IChallengePlugin)
                if TOKENS in registry.listPluginIds(interface)
            }
            acl_users._delObject(TOKENS)
        acl_users._setObject(TOKENS, plugin)
        for interface, position in active.items():
            registry.activatePlugin(interface, TOKENS)
            steps = 0 if position is None else len(registry.listPluginIds(interface)) - 1 - position
            for _step in range(steps):
                registry.movePluginsUp(interface, [TOKENS])
        plugin = acl_users._getOb(TOKENS)
    if not plugin.store_tokens:
        plugin.store_tokens = True
    if plugin._tokens is None:
        plugin._tokens = OOBTree()
    if plugin._sessions is None:
        plugin._sessions = OOBTree()
