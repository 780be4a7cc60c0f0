"""The PAS plugins of the sessions (installed by ``setup.install`` in the site's acl_users).

``login_brake`` checks logins and passwords in place of ``source_users`` (whose own
authentication is deactivated), so that every channel — ``@login``, the classic login
form, HTTP basic authentication — goes through the brake.

``jwt_auth`` is plone.restapi's JWT plugin with stored sessions: ``@login``,
``@login-renew`` and ``@logout`` find it by its meta type and keep working.
"""

from AccessControl.class_init import InitializeClass
from AccessControl.SecurityInfo import ClassSecurityInfo
from Acquisition import aq_base
from BTrees.OOBTree import OOBTree
from fmm_extranet.sessions import brake
from fmm_extranet.sessions import idle_timeout
from fmm_extranet.sessions import lifetime
from persistent import Persistent
from plone.protect.utils import safeWrite
from plone.restapi.pas.plugin import JWTAuthenticationPlugin
from Products.PluggableAuthService.interfaces.authservice import IPluggableAuthService
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from zope.globalrequest import getRequest
from zope.interface import implementer
import secrets
import time


@implementer(IAuthenticationPlugin)
class LoginBrake(BasePlugin):
    """Checks logins and passwords with ``source_users``, braking failed logins."""

    meta_type = "Extranet Login Brake"
    security = ClassSecurityInfo()
    source_id = "source_users"

    def __init__(self, id_, title=None):
        self._setId(id_)
        self.title = title

    @security.private
    def authenticateCredentials(self, credentials):
        source = self._getPAS()._getOb(self.source_id, None)
        if source is None:
            return None
        login, password = credentials.get("login"), credentials.get("password")
        request = getRequest()
        if login is None or password is None or not hasattr(request, "getClientAddr"):
            return source.authenticateCredentials(credentials)
        if brake.waiting(request, login):
            return None
        found = source.authenticateCredentials(credentials)
        if found is not None:
            brake.succeeded(request, login)
        elif not self._known_above(login):
            brake.failed(request, login)
        return found

    def _known_above(self, login):
        """A login of the Zope root's user folder (the administrators) is not the site's to brake."""
        pas = self._getPAS()
        folder = getattr(pas.getPhysicalRoot(), "acl_users", None)
        if folder is None or aq_base(folder) is aq_base(pas):
            return False
        if IPluggableAuthService.providedBy(folder):
            return folder._verifyUser(folder.plugins, login=login) is not None
        return folder.getUser(login) is not None


InitializeClass(LoginBrake)


class TokenSession(Persistent):
    """The session of a stored token: when it started, its last activity, if remembered.

    One small object per token, so that recording activity writes only it; two
    requests recording at once keep the later moment instead of conflicting.
    """

    def __init__(self, started, remember=False):
        self.started = started
        self.last = started
        self.remember = remember

    def _p_resolveConflict(self, old, committed, new):
        resolved = dict(new)
        resolved["last"] = max(committed.get("last", 0), new.get("last", 0))
        return resolved


class SessionTokens(JWTAuthenticationPlugin):
    """plone.restapi's JWT plugin whose tokens are stored, end when idle or old, and are revoked."""

    security = ClassSecurityInfo()
    store_tokens = True
    #: A token's activity is written at most this often (seconds), not on every request.
    ACTIVITY_STEP = 60
    _sessions = None

    @security.private
    def authenticateCredentials(self, credentials):
        if credentials.get("extractor") != self.getId() or not credentials.get("token"):
            return None
        moment = int(time.time())
        found = self._living(credentials["token"], moment)
        if found is None:
            return None
        userid, session = found
        if not session.remember and moment - session.last >= self.ACTIVITY_STEP:
            session.last = moment
            safeWrite(session)
        return userid, userid

    def create_token(self, userid, timeout=None, data=None):
        """A token opening a new session (plone.restapi's signature; ``timeout`` is ignored)."""
        return self.start_session(userid, data=data)

    def start_session(self, userid, remember=False, data=None, started=None):
        """A stored token of a session started at ``started`` (now by default)."""
        moment = int(time.time())
        started = moment if started is None else started
        remember = bool(remember)
        if self._tokens is None:
            self._tokens = OOBTree()
        if self._sessions is None:
            self._sessions = OOBTree()
        self._forget_ended(userid, moment)
        remaining = started + lifetime(remember) - moment
        # jti: two sign-ins in the same second are two sessions, not one token.
        claims = dict(data or {}, auth_time=started, remember=remember, jti=secrets.token_urlsafe(12))
        token = super().create_token(userid, timeout=max(remaining, 1), data=claims)
        session = TokenSession(started, remember)
        session.last = moment
        self._sessions[token] = session
        return token

    def renew(self, token, data=None):
        """A new token for the living session of ``token``, which is revoked; None if it ended."""
        found = self._living(token, int(time.time()))
        if found is None:
            return None
        userid, session = found
        renewed = self.start_session(userid, session.remember, data, started=session.started)
        self.delete_token(token)
        return renewed

    def delete_token(self, token):
        """Revoke ``token``; True if it was stored."""
        payload = self._decode_token(token, verify=False)
        if self._sessions is not None and token in self._sessions:
            del self._sessions[token]
        if not payload or "sub" not in payload or self._tokens is None:
            return False
        tokens = self._tokens.get(payload["sub"])
        if tokens is not None and token in tokens:
            del tokens[token]
            return True
        return False

    def _living(self, token, moment):
        """(user id, session) of a stored token whose session has not ended; else None."""
        payload = self._decode_token(token)
        if not payload or "sub" not in payload or self._tokens is None or self._sessions is None:
            return None
        tokens = self._tokens.get(payload["sub"])
        session = self._sessions.get(token)
        if tokens is None or token not in tokens or session is None or self._ended(session, moment):
            return None
        return payload["sub"], session

    def _ended(self, session, moment):
        if moment - session.started > lifetime(session.remember):
            return True
        return not session.remember and moment - session.last > idle_timeout()

    def _forget_ended(self, userid, moment):
        """Drop the user's tokens whose session ended (done when they sign in, not on reads)."""
        tokens = self._tokens.get(userid)
        for token in list(tokens.keys()) if tokens is not None else ():
            session = self._sessions.get(token)
            if session is None or self._ended(session, moment):
                del tokens[token]
                if session is not None:
                    del self._sessions[token]


InitializeClass(SessionTokens)
