"""Clients reaching the test site through a waitress server configured like production.

``behind_proxy`` starts waitress with the ``[server:main]`` settings of a zope.ini —
the one ``backend/scripts/make_instance.py`` generates from instance.yaml, or the
production one of ``backend/deployment/etc/`` — in front of the test site's own WSGI
application (the one plone.testing's server publishes). Tests then talk to it as the
proxy does: from 127.0.0.1, naming the client in ``X-Forwarded-For``.
"""

from contextlib import contextmanager
from pathlib import Path
from plone.restapi.testing import RelativeSession
from plone.testing.zope import WSGI_SERVER_FIXTURE
from tests.helpers import free_port
from webtest.http import StopableWSGIServer
import configparser
import pytest
import subprocess
import sys


ROOT = Path(__file__).resolve().parents[2]
MAKE_INSTANCE = ROOT / "backend" / "scripts" / "make_instance.py"
PRODUCTION_INI = ROOT / "backend" / "deployment" / "etc" / "zope.ini"


def generated_ini(folder):
    """The zope.ini make_instance.py writes for a throw-away instance in ``folder``."""
    subprocess.run(
        [
            sys.executable,
            str(MAKE_INSTANCE),
            "--instance",
            str(folder / "instance"),
            "--var",
            str(folder / "var"),
        ],
        check=True,
        capture_output=True,
    )
    return folder / "instance" / "etc" / "zope.ini"


def server_settings(ini):
    """The settings runwsgi gives waitress (egg:waitress#main): the [server:main] section."""
    parser = configparser.RawConfigParser()
    parser.read(ini)
    settings = dict(parser["server:main"])
    assert settings.pop("use") == "egg:waitress#main"
    return settings


@contextmanager
def waitress_server(ini):
    """waitress as ``ini`` configures it, on a free loopback port, serving the test site.

    webtest's server is waitress's TCP server (same settings, same proxy handling) that
    stops cleanly, as plone.testing's own.
    """
    settings = server_settings(ini)
    settings.pop("listen")
    port = free_port()
    server = StopableWSGIServer.create(
        WSGI_SERVER_FIXTURE.server.test_app, host="127.0.0.1", port=port, expose_tracebacks=False, **settings
    )
    assert server.wait()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        level = server.logger.level
        server.shutdown()
        server.logger.setLevel(level)


class ClientFactory:
    """``client("198.51.100.7")``: a REST session of that client address, through the proxy."""

    def __init__(self, site_url):
        self.site_url = site_url
        self.sessions = []

    def __call__(self, address, accept="application/json"):
        session = RelativeSession(self.site_url)
        session.headers.update({"X-Forwarded-For": address})
        if accept:
            session.headers.update({"Accept": accept})
        self.sessions.append(session)
        return session

    def close(self):
        for session in self.sessions:
            session.close()


@contextmanager
def clients_behind(ini, portal):
    with waitress_server(ini) as base:
        factory = ClientFactory(f"{base}/{portal.getId()}")
        try:
            yield factory
        finally:
            factory.close()


@pytest.fixture
def behind_proxy(world_portal, tmp_path):
    """Clients of the test site behind the proxy of the instance make_instance.py generates."""
    with clients_behind(generated_ini(tmp_path), world_portal) as factory:
        yield factory


@pytest.fixture(params=["generated", "production"])
def behind_any_proxy(request, world_portal, tmp_path):
    """The same, once with the generated instance's zope.ini, once with production's."""
    ini = generated_ini(tmp_path) if request.param == "generated" else PRODUCTION_INI
    with clients_behind(ini, world_portal) as factory:
        yield factory
