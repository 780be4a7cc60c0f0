"""What the sessions capability holds about a worker: their stored session tokens (GDPR).

Nothing of it shows in ``@my-data`` (a token is a key, not data about the person).
Erasure ends every session of the account: its tokens and their activity go.
"""

from fmm_extranet.core.interfaces import IPersonalData
from fmm_extranet.sessions.login import tokens_plugin
from fmm_extranet.sessions.plugins import SessionTokens
from plone import api
from zope.interface import implementer


def end_sessions(user_id):
    """Forget the stored tokens of ``user_id`` and their sessions."""
    plugin = tokens_plugin(api.portal.get_tool("acl_users"))
    if not isinstance(plugin, SessionTokens) or plugin._tokens is None:
        return
    tokens = plugin._tokens.pop(user_id, None)
    for token in list(tokens.keys()) if tokens is not None else ():
        if plugin._sessions is not None:
            plugin._sessions.pop(token, None)


@implementer(IPersonalData)
class Sessions:
    """No export; erased: the account's sessions end."""

    order = 70

    def export(self, worker):
        return {}

    def erase(self, worker, former_id):
        end_sessions(worker.user_id)
