"""The module paths of the content classes before 1003, as a 1002 site names them."""

from fmm_extranet.upgrades.moved import MOVED_MODULES
from plone.dexterity.utils import resolveDottedName
from zope.dottedname.resolve import resolve
import importlib
import pytest


@pytest.mark.parametrize("old", sorted(MOVED_MODULES))
def test_old_dotted_names_resolve_to_todays_modules(old):
    """An FTI's klass and schema are resolved by dotted name (zope.dottedname walks
    attributes from the top package), not only through sys.modules as unpickling does."""
    import fmm_extranet.upgrades  # noqa: F401 (installs the aliases)

    assert resolve(old) is importlib.import_module(MOVED_MODULES[old])


def test_a_1002_worker_type_resolves():
    from fmm_extranet.people.content import IWorker
    from fmm_extranet.people.content import Worker
    import fmm_extranet.upgrades  # noqa: F401 (installs the aliases)

    assert resolveDottedName("fmm_extranet.content.worker.Worker") is Worker
    assert resolveDottedName("fmm_extranet.content.worker.IWorker") is IWorker


def test_objects_pickled_under_the_old_modules_still_load():
    """A database made before 1003 names the old modules: they resolve to today's classes."""
    from fmm_extranet.activities.content import Activity
    from fmm_extranet.people.content import Worker
    from ZODB.broken import find_global

    assert find_global("fmm_extranet.content.worker", "Worker") is Worker
    assert find_global("fmm_extranet.content.activity", "Activity") is Activity
