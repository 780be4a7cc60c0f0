from fmm_extranet.accounts.ratelimit import LIMITER
from fmm_extranet.testing import WORLD_FUNCTIONAL_TESTING
from fmm_extranet.testing import WORLD_INTEGRATION_TESTING
from pytest_plone import fixtures_factory
from tests.helpers import session_for
from tests.smtp import smtp_inbox  # noqa: F401 (fixture)
from tests.solr_server import solr  # noqa: F401 (fixture)
from tests.solr_server import solr_server  # noqa: F401 (fixture)
from zope.component import getUtility
from zope.ramcache.interfaces.ram import IRAMCache
import pytest


pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            # One base for every test: plone.testing stacks a layer's database on
            # its bases, so two unrelated layers kept for the session would mix.
            (WORLD_INTEGRATION_TESTING, "integration"),
            (WORLD_FUNCTIONAL_TESTING, "functional"),
        )
    )
)


@pytest.fixture
def world_portal(functional):
    return functional["portal"]


@pytest.fixture
def as_user(world_portal):
    """``as_user("nurse_igl")`` → a REST session logged in as that worker."""
    sessions = []

    def factory(user_id=None):
        session = session_for(world_portal, user_id)
        sessions.append(session)
        return session

    yield factory
    for session in sessions:
        session.close()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """All test requests come from 127.0.0.1: each test starts with a clean count."""
    LIMITER.clear()
    yield
    LIMITER.clear()


@pytest.fixture(autouse=True)
def fresh_ram_cache():
    """Tests start from the same committed catalog: answers cached by one (core/cache.py)
    are not another's."""
    yield
    getUtility(IRAMCache).invalidateAll()
