"""Install: the computed groups and the site's top-level structure."""

from fmm_extranet.access.groups import ensure_base_groups
from fmm_extranet.helpdesk import ensure_faq
from fmm_extranet.newsletter.content import ensure_newsletter_folder
from plone import api
from plone.base.interfaces import INonInstallable
from plone.base.interfaces.constrains import ENABLED
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["fmm_extranet:uninstall"]


#: (id, title, description, portal types that may be added directly inside)
SITE_SECTIONS = (
    ("actualites", "Actualités", "Les actualités du mouvement.", ["News Item", "Folder"]),
    ("agenda", "Agenda", "Les activités du mouvement et du réseau.", ["Activity", "Folder"]),
    ("intergroupes", "Intergroupes", "Les sept intergroupes régionaux.", ["Intergroup"]),
    ("maisons-medicales", "Maisons médicales", "Le répertoire des maisons médicales.", ["MedicalHouse"]),
    ("travailleurs", "Travailleur·euse·s", "Le répertoire des travailleur·euse·s.", ["Worker"]),
    (
        "groupes-sectoriels",
        "Groupes sectoriels",
        "Un groupe par métier, tous intergroupes confondus.",
        ["SectoralGroup"],
    ),
    ("groupes-de-travail", "Groupes de travail", "Des groupes de membres désignés.", ["WorkingGroup"]),
    ("thematiques", "Thématiques", "Les thématiques ouvertes à toutes et tous.", ["Thematic"]),
    ("formations", "Formations", "Le catalogue des formations.", ["Formation"]),
    ("outils", "Outils", "Kits d'animation, canevas, affiches, vidéos.", ["Tool", "Folder"]),
)


def create_sections(portal):
    for section_id, title, description, allowed in SITE_SECTIONS:
        if section_id in portal.objectIds():
            continue
        folder = api.content.create(
            container=portal,
            type="Folder",
            id=section_id,
            title=title,
            description=description,
        )
        constraints = ISelectableConstrainTypes(folder)
        constraints.setConstrainTypesMode(ENABLED)
        constraints.setLocallyAllowedTypes(allowed)
        constraints.setImmediatelyAddableTypes(allowed)


def post_install(context):
    """Post install script."""
    ensure_base_groups()
    portal = api.portal.get()
    create_sections(portal)
    ensure_faq(portal)
    ensure_newsletter_folder(portal)
