"""Test layers: the add-on installed, and a small world of spaces and people."""

from fmm_extranet import FEDERATION
from fmm_extranet.people.workers import create_worker
from fmm_extranet.people.workers import functions
from fmm_extranet.scheduler import INTERVAL_VARIABLE
from plone import api
from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.testing import Layer
from plone.testing import zope
import fmm_extranet
import os


# French messages come from the .po file: have it compiled when the layers load the ZCML.
os.environ.setdefault("zope_i18n_compile_mo_files", "true")

PASSWORD = "secret-fmm-2026"


class FmmExtranetLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import plone.app.event
        import plone.restapi
        import plone.volto

        for package in (plone.restapi, plone.volto, plone.app.event, fmm_extranet):
            self.loadZCML(package=package)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "fmm_extranet:default")


FMM_EXTRANET_FIXTURE = FmmExtranetLayer()


#: The people of the access matrix: user id → (status, workplace key, functions).
PEOPLE = {
    "nurse_igl": ("active", "mm_liege", ["infirmier"]),
    "gp_igb": ("active", "mm_bxl", ["medecin_generaliste"]),
    "wg_member": ("active", "mm_bxl", ["accueillant"]),
    "wg_outsider": ("active", "mm_liege", ["kinesitherapeute"]),
    "mm_manager": ("active", "mm_bxl", ["gestionnaire"]),
    "thematic_coord": ("active", "mm_liege", ["psychologue"]),
    "fede_staff": ("active", FEDERATION, ["coordinateur"]),
    "pending_worker": ("pending", "mm_liege", ["infirmier"]),
    "left_worker": ("left", "mm_bxl", ["infirmier"]),
}
SITE_ADMIN = "site_admin"


def login_of(user_id):
    return f"{user_id.replace('_', '.')}@example.org"


def build_world(portal):
    """Spaces, content and people the access tests run against."""
    houses = {
        "mm_liege": api.content.create(
            container=portal["maisons-medicales"],
            type="MedicalHouse",
            id="mm-laveu",
            title="Maison médicale du Laveu",
            number=101,
            street="Rue du Laveu 12",
            postal_code="4000",
            municipality="Liège",
            intergroup="igl",
            payment_mode="forfait",
        ),
        "mm_bxl": api.content.create(
            container=portal["maisons-medicales"],
            type="MedicalHouse",
            id="mm-marolles",
            title="Maison médicale des Marolles",
            number=201,
            street="Rue Haute 300",
            postal_code="1000",
            municipality="Bruxelles",
            intergroup="igb",
            payment_mode="acte",
            managers=["mm_manager"],
        ),
    }
    workplace_uids = {key: house.UID() for key, house in houses.items()}
    workplace_uids[FEDERATION] = FEDERATION
    for user_id, (status, workplace, tokens) in PEOPLE.items():
        create_worker(
            portal["travailleurs"],
            user_id,
            login_of(user_id),
            first_name=user_id.split("_")[0].capitalize(),
            last_name="Test",
            jobs=[(workplace_uids[workplace], functions(*tokens))],
            status=status,
            password=PASSWORD,
            mobile="+32 470 00 00 00",
        )
    api.user.create(
        email=login_of(SITE_ADMIN),
        username=SITE_ADMIN,
        password=PASSWORD,
        roles=("Manager",),
    )
    acl_users = api.portal.get_tool("acl_users")
    acl_users.source_users.updateUser(SITE_ADMIN, login_of(SITE_ADMIN))

    nurses = api.content.create(
        container=portal["groupes-sectoriels"],
        type="SectoralGroup",
        id="infirmiers",
        title="Infirmier·ère·s",
        profession="infirmier",
    )
    nurses_bxl = api.content.create(
        container=nurses,
        type="SectoralGroup",
        id="infirmiers-bruxelles",
        title="Infirmier·ère·s de Bruxelles",
        profession="infirmier",
    )
    working_group = api.content.create(
        container=portal["groupes-de-travail"],
        type="WorkingGroup",
        id="gt-ecologie-test",
        title="GT Écologie",
        members=["wg_member", "left_worker"],
    )
    thematic = api.content.create(
        container=portal["thematiques"],
        type="Thematic",
        id="sante-environnement",
        title="Santé et environnement",
        coordinators=["thematic_coord"],
    )
    content = {
        "news": api.content.create(
            container=portal["actualites"],
            type="News Item",
            id="news",
            title="Journée des maisons médicales",
        ),
        "activity": api.content.create(
            container=portal["agenda"],
            type="Activity",
            id="activity",
            title="Assemblée générale",
            activity_type="movement",
        ),
        "sectoral_doc": api.content.create(
            container=nurses_bxl,
            type="Document",
            id="pv-infis",
            title="PV de la réunion des infirmier·ère·s bruxellois·es",
        ),
        "wg_doc": api.content.create(
            container=working_group,
            type="Document",
            id="gt-doc",
            title="Notes du GT Écologie",
        ),
        "thematic_doc": api.content.create(
            container=thematic,
            type="Document",
            id="them-doc",
            title="Dossier santé et environnement",
        ),
        "announcement": api.content.create(
            container=houses["mm_bxl"],
            type="Announcement",
            id="offre",
            title="Offre d'emploi : accueillant·e",
            announcement_type="job_offer",
            text="<p>CDI mi-temps</p>",
        ),
    }
    return content


class WorldLayer(PloneSandboxLayer):
    defaultBases = (FMM_EXTRANET_FIXTURE,)

    def setUpPloneSite(self, portal):
        setRoles(portal, TEST_USER_ID, ["Manager"])
        build_world(portal)
        setRoles(portal, TEST_USER_ID, ["Member"])


WORLD_FIXTURE = WorldLayer()


class SchedulerOffLayer(Layer):
    """No scheduler thread in the tests: plone.testing's WSGI server starts Zope as runwsgi
    does (``IProcessStarting``), and the thread would tick the tests' database every
    minute, beside the tests that tick it themselves."""

    def setUp(self):
        self.previous = os.environ.get(INTERVAL_VARIABLE)
        os.environ[INTERVAL_VARIABLE] = "0"

    def tearDown(self):
        if self.previous is None:
            del os.environ[INTERVAL_VARIABLE]
        else:
            os.environ[INTERVAL_VARIABLE] = self.previous


SCHEDULER_OFF = SchedulerOffLayer()

WORLD_INTEGRATION_TESTING = IntegrationTesting(bases=(WORLD_FIXTURE,), name="FmmExtranetWorld:Integration")
WORLD_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(WORLD_FIXTURE, SCHEDULER_OFF, zope.WSGI_SERVER_FIXTURE), name="FmmExtranetWorld:Functional"
)
