"""Signing in and renewing through the REST API: the rules behind @login and @login-renew."""

from AccessControl.SecurityManagement import newSecurityManager
from Acquisition import aq_inner
from Acquisition import aq_parent
from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import Refusal
from fmm_extranet.sessions import brake
from fmm_extranet.sessions.plugins import SessionTokens
from plone import api
from Products.CMFCore.utils import getToolByName
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from zope.component import getMultiAdapter


class WrongCredentials(Refusal):
    status = 401
    kind = "InvalidCredentials"

    def __init__(self):
        super().__init__(_("Wrong email address or password."))


class SessionEnded(Refusal):
    status = 401
    kind = "SessionEnded"

    def __init__(self):
        super().__init__(_("Your session has ended. Please sign in again."))


def read_credentials(data):
    """(login, password, remember) of a @login body; refused (400) when malformed."""
    errors = FieldErrors()
    login, password = data.get("login"), data.get("password")
    if not isinstance(login, str) or not login.strip():
        errors.add("login", _("Enter your email address."))
    if not isinstance(password, str) or not password:
        errors.add("password", _("Enter your password."))
    remember = data.get("remember", False)
    if not isinstance(remember, bool):
        errors.add("remember", _("Choose whether to stay signed in: true or false."))
    errors.refuse_if_any()
    return login.strip(), password, remember


def tokens_plugin(user_folder):
    """The JWT plugin of ``user_folder`` (found as plone.restapi finds it)."""
    for _id, plugin in user_folder.plugins.listPlugins(IAuthenticationPlugin):
        if plugin.meta_type == "JWT Authentication Plugin":
            return plugin
    return None


def user_folder_of(context, login):
    """The closest user folder knowing ``login`` (the site's, or the Zope root's for its admins)."""
    folder = aq_inner(context)
    while True:
        user_folder = getToolByName(folder, "acl_users", None)
        if user_folder is not None and user_folder._verifyUser(user_folder.plugins, login=login):
            return user_folder
        if folder is context.getPhysicalRoot():
            return None
        folder = aq_parent(folder)


def sign_in(context, request, data):
    """A token for the worker whose email and password ``data`` holds, braked on failures.

    ``"remember": true`` opens a remembered session (longer, without idle timeout).
    """
    login, password, remember = read_credentials(data)
    brake.check(request, login)
    user_folder = user_folder_of(context, login)
    plugin = tokens_plugin(user_folder) if user_folder is not None else None
    user = user_folder.authenticate(login, password, request) if plugin is not None else None
    if user is None:
        brake.failed(request, login)
        raise WrongCredentials()
    brake.succeeded(request, login)
    # What the classic login form does after a login (login time, first login...).
    newSecurityManager(request, user)
    getMultiAdapter((context, request), name="login")._post_login()
    # The token is the session: no classic session cookie beside it, which the browser
    # would send along and which outlives the token's idle timeout and revocation.
    session_plugin = user_folder._getOb("session", None)
    request.response.cookies.pop(getattr(session_plugin, "cookie_name", "__ac"), None)
    claims = {"fullname": user.getProperty("fullname")}
    if isinstance(plugin, SessionTokens):
        return plugin.start_session(user.getId(), remember=remember, data=claims)
    return plugin.create_token(user.getId(), data=claims)


def bearer_token(request):
    auth = request._auth or ""
    return auth.split()[-1] if auth[:7].lower() == "bearer " else None


def renew(context, request):
    """A new token for the current session, which keeps its start (so its end) and its kind."""
    if api.user.is_anonymous():
        raise SessionEnded()
    user = api.user.get_current()
    plugin = tokens_plugin(api.portal.get_tool("acl_users"))
    claims = {"fullname": user.getProperty("fullname")}
    token = bearer_token(request)
    if isinstance(plugin, SessionTokens) and token:
        renewed = plugin.renew(token, data=claims)
        if renewed is None:
            raise SessionEnded()
        return renewed
    # Signed in otherwise (classic cookie, basic authentication): a new session.
    if plugin is None:
        raise SessionEnded()
    return plugin.create_token(user.getId(), data=claims)


def sign_out(request):
    """Revoke the request's token (and expire the classic session's cookie)."""
    plugin = tokens_plugin(api.portal.get_tool("acl_users"))
    token = bearer_token(request)
    if token and isinstance(plugin, SessionTokens):
        plugin.delete_token(token)
    api.portal.get_tool("portal_membership").logoutUser(request)
