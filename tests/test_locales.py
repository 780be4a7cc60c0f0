"""Every message of the add-on has its French translation, and Plone shows it in French.

The msgids are extracted now, as ``make i18n`` does (i18ndude through
``backend/scripts/run_i18ndude.py``), not read from the committed .pot, which may be stale:

- domain ``fmm_extranet``: Python ``_()``, page templates, ZCML, the GenericSetup
  profile (FTI titles and descriptions, actions, control panel) and ``locales/manual.pot``;
- domain ``plone``: our workflows' titles, descriptions, states and transitions, which
  Plone (``@workflow``, the classic UI) always translates in its own domain, so their
  French is in our ``locales/fr/LC_MESSAGES/plone.po``, merged by zope.i18n with Plone's.

A French catalog is read as zope.i18n compiles it: an empty or fuzzy msgstr is missing.
"""

from fmm_extranet.people.workers import worker_of
from io import BytesIO
from pathlib import Path
from plone import api
from pythongettext.msgfmt import Msgfmt
from zope.i18n import translate
import gettext
import plone.app.locales
import pytest
import subprocess
import sys


PACKAGE = Path(__file__).resolve().parents[1] / "src" / "fmm_extranet"
LOCALES = PACKAGE / "locales"
I18NDUDE = Path(__file__).resolve().parents[1] / "backend" / "scripts" / "run_i18ndude.py"
PROFILE = PACKAGE / "profiles" / "default"
WORKFLOWS = [path.parent.name for path in PROFILE.glob("workflows/*/definition.xml")]


class _MessageIds(Msgfmt):
    """Every msgid of a .po/.pot file, translated or not."""

    def __init__(self, path):
        super().__init__(path.read_bytes().splitlines(keepends=True))
        self.ids = set()

    def add(self, context, id, string, fuzzy):
        super().add(context, id, string, fuzzy)
        if id:
            self.ids.add(id)


def message_ids(path):
    catalog = _MessageIds(path)
    catalog.read()
    return catalog.ids


def compiled(po):
    """msgid → msgstr of the .po file ``po``, as zope.i18n compiles it (no empty, no fuzzy)."""
    mo = Msgfmt(po.read_bytes().splitlines(keepends=True)).get()
    return {msgid: text for msgid, text in gettext.GNUTranslations(BytesIO(mo))._catalog.items() if msgid}


def french(domain):
    """msgid → French of our catalog of ``domain``."""
    return compiled(LOCALES / "fr" / "LC_MESSAGES" / f"{domain}.po")


def extract(pot, domain, path, *options):
    subprocess.run(
        [sys.executable, I18NDUDE, "rebuild-pot", "--pot", pot, "--create", domain] + [*options, path],
        check=True,
        capture_output=True,
    )
    return message_ids(pot)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """domain → msgids found in the package now."""
    folder = tmp_path_factory.mktemp("pot")
    return {
        "fmm_extranet": extract(
            folder / "fmm_extranet.pot", "fmm_extranet", PACKAGE, "--merge", LOCALES / "manual.pot"
        ),
        "plone": extract(folder / "plone.pot", "plone", PROFILE / "workflows"),
    }


def test_extraction_finds_types_workflows_and_code(extracted):
    """A sample of every source, so that a broken extraction cannot pass as 'all translated'."""
    assert {
        "Thematic area",  # FTI title
        "A workplace of a worker and the functions held there.",  # FTI description
        "Extranet",  # control panel
        "Reserved to participants",  # ZCML
        "Remarks",  # manual.pot
        "Choose a new password",  # Python
    } <= extracted["fmm_extranet"]
    assert {"Awaiting approval", "Reject the request", "Worker profile"} <= extracted["plone"]
    # Multi-line msgids stay whole (i18ndude alone breaks them).
    assert any(msgid.startswith("Hello ${name},\n\n${sender}") for msgid in extracted["fmm_extranet"])


@pytest.mark.parametrize("domain", ["fmm_extranet", "plone"])
def test_every_message_is_translated_into_french(extracted, domain):
    translated = french(domain)
    assert sorted(extracted[domain] - translated.keys()) == []


def test_our_plone_catalog_holds_only_our_workflow_messages(extracted):
    """Anything else would override Plone's own French for the whole site."""
    assert message_ids(LOCALES / "fr" / "LC_MESSAGES" / "plone.po") <= extracted["plone"]


@pytest.fixture
def french_request(portal):
    """The site speaks only French (registry/site.xml); ask for it anyway, as Volto does."""
    request = portal.REQUEST
    request.environ["HTTP_ACCEPT_LANGUAGE"] = "fr"
    request["LANGUAGE"] = "fr"
    return request


def test_plone_translates_type_titles_into_french(portal, french_request):
    ours = french("fmm_extranet")
    types_tool = api.portal.get_tool("portal_types")
    ftis = [types_tool[path.stem.replace("_", " ")] for path in PROFILE.glob("types/*.xml")]
    ftis = [fti for fti in ftis if fti.i18n_domain == "fmm_extranet"]
    assert len(ftis) >= 12
    for fti in ftis:
        assert translate(fti.Title(), context=french_request) == ours[fti.title]
        assert translate(fti.Description(), context=french_request) == ours[fti.description]
    assert translate(types_tool["Thematic"].Title(), context=french_request) == "Thématique"
    assert translate(types_tool["Job"].Title(), context=french_request) == "Emploi"


def test_plone_translates_workflow_titles_into_french(portal, french_request):
    ours = french("plone")
    workflow_tool = api.portal.get_tool("portal_workflow")
    titles = []
    for workflow_id in WORKFLOWS:
        workflow = workflow_tool[workflow_id]
        titles += [workflow.title, workflow.description]
        titles += [state.title for state in workflow.states.objectValues()]
        for transition in workflow.transitions.objectValues():
            titles += [transition.title, transition.actbox_name]
    assert "Awaiting approval" in titles
    for title in titles:
        # As plone.restapi's @workflow and the classic UI do: the "plone" domain.
        assert translate(title, domain="plone", context=french_request) == ours[title]
    assert workflow_tool.getTitleForStateOnType("pending", "Worker") == "Awaiting approval"
    assert portal.translate("Awaiting approval") == "En attente d'approbation"


def test_plone_keeps_its_own_french(portal, french_request):
    """Our plone.po is merged with Plone's: Plone's own messages keep their French."""
    plones = compiled(Path(plone.app.locales.__file__).parent / "locales" / "fr" / "LC_MESSAGES" / "plone.po")
    for msgid in ("Private", "Pending review", "Publish", "Published"):
        assert translate(msgid, domain="plone", context=french_request) == plones[msgid]


def test_rest_api_speaks_french_to_volto(world_portal, as_user):
    """What the Volto frontend receives, asking with Accept-Language: fr."""
    session = as_user("fede_staff")
    session.headers["Accept-Language"] = "fr"
    worker = worker_of("pending_worker")
    workflow = session.get(f"{worker.absolute_url()}/@workflow").json()
    assert workflow["state"]["title"] == "En attente d'approbation"
    assert {"Activer", "Refuser la demande"} <= {t["title"] for t in workflow["transitions"]}
    types = {t["id"]: t["title"] for t in session.get("/@types").json()}
    assert types["Thematic"] == "Thématique"
    assert types["Activity"] == "Activité"
