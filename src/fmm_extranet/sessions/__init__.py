"""Sessions and the login brake (SPEC access rule 11).

A session is a JSON web token of plone.restapi's ``jwt_auth`` plugin, replaced by
``plugins.SessionTokens``: every token is stored, so that ``@logout`` revokes it, and
carries its session's start and last activity, so that it ends after the idle
timeout and after the lifetime of the Extranet settings. Signing in with
``"remember": true`` opts into a longer lifetime without the idle timeout.

Failed logins are braked per account and per client address (``brake``); the
password check of every channel (``@login``, the classic login form, HTTP basic
authentication) goes through the ``login_brake`` plugin.
"""

from fmm_extranet.accounts import setting


def idle_timeout():
    """Seconds of inactivity after which a session ends (remembered sessions excepted)."""
    return setting("session_idle_timeout") * 60


def lifetime(remember=False):
    """Seconds a session lasts from signing in, however active it is."""
    if remember:
        return setting("session_remember_days") * 24 * 3600
    return setting("session_lifetime") * 3600
