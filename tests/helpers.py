"""HTTP sessions as real users of the access world; free loopback ports for test servers."""

from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from plone.restapi.testing import RelativeSession

import socket


def session_for(portal, user_id=None):
    """A REST session on ``portal``, logged in as ``user_id`` (anonymous if None)."""
    session = RelativeSession(portal.absolute_url())
    session.headers.update({"Accept": "application/json"})
    if user_id:
        session.auth = (login_of(user_id), PASSWORD)
    return session


def free_port():
    """A loopback port nobody listens on, for a server the tests start."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
