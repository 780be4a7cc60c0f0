from fmm_extranet.testing import FMM_EXTRANET_INTEGRATION_TESTING
from fmm_extranet.testing import WORLD_FUNCTIONAL_TESTING
from fmm_extranet.testing import WORLD_INTEGRATION_TESTING
from pytest_plone import fixtures_factory


pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (FMM_EXTRANET_INTEGRATION_TESTING, "integration"),
            (WORLD_INTEGRATION_TESTING, "world_integration"),
            (WORLD_FUNCTIONAL_TESTING, "functional"),
        )
    )
)
