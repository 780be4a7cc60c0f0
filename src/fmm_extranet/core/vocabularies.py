"""Controlled vocabularies: all from the Extranet settings, except workplaces."""

from fmm_extranet import _
from fmm_extranet import FEDERATION
from plone import api
from plone.registry.interfaces import IRegistry
from zope.component import getUtility
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def registry_terms(field_name):
    """(token, label) pairs of a ``token|Label`` list in the Extranet settings."""
    lines = getUtility(IRegistry).get(f"fmm_extranet.{field_name}", [])  # read for each listed item
    return [tuple(line.split("|", 1)) for line in lines or [] if "|" in line]


def term_label(field_name, token):
    """The label of one token, or the token itself when unknown."""
    return dict(registry_terms(field_name)).get(token, token)


class RegistryVocabulary:
    """A vocabulary read from one list of the Extranet settings."""

    def __init__(self, field_name):
        self.field_name = field_name

    def __call__(self, context=None):
        return SimpleVocabulary(
            [
                SimpleTerm(value=token, token=token, title=label)
                for token, label in registry_terms(self.field_name)
            ]
        )


FunctionsVocabulary = RegistryVocabulary("functions")
FunctionComplementsVocabulary = RegistryVocabulary("function_complements")
IntergroupsVocabulary = RegistryVocabulary("intergroups")
DequapCategoriesVocabulary = RegistryVocabulary("dequap_categories")
ActivityTypesVocabulary = RegistryVocabulary("activity_types")
AnnouncementTypesVocabulary = RegistryVocabulary("announcement_types")


FEDERATION_LABEL = _("federation_label", default="Federation of community health centres")


def medical_house_label(brain):
    """An MM is shown as "Name (number)"."""
    number = getattr(brain, "fmm_number", None)
    return f"{brain.Title} ({number})" if number else brain.Title


GROUP_SPACE_TYPES = ("Intergroup", "SectoralGroup", "WorkingGroup", "Thematic")


def is_confidential(brain):
    """Whether the item is, or is inside, a space marked confidential (``fmm_confidential``)."""
    return getattr(brain, "fmm_confidential", False) is True


def titles_shown(brains):
    """The brains whose title the current user may read (SPEC access rule 7).

    Every group's title is open to every worker, except a confidential space's (and
    whatever it holds): hidden entirely from those who may not open it.
    """
    hidden = hidden_confidential([b.UID for b in brains if is_confidential(b)])
    return [b for b in brains if b.UID not in hidden]


def hidden_confidential(uids):
    """Of these confidential items, the UIDs of those the current user may not open."""
    if not uids:
        return set()
    catalog = api.portal.get_tool("portal_catalog")
    return set(uids) - {b.UID for b in catalog.searchResults(UID=list(uids))}


def shown_brains(uids):
    """{UID: catalog brain} of those of ``uids`` whose title the current user may read,
    in one query, nothing loaded.

    For the spaces that services show (an activity's organiser, a document's group),
    whoever may open the item itself.
    """
    uids = [uid for uid in uids if uid]
    if not uids:
        return {}
    catalog = api.portal.get_tool("portal_catalog")
    return {brain.UID: brain for brain in titles_shown(catalog.unrestrictedSearchResults(UID=uids))}


def catalog_terms(label=lambda brain: brain.Title, **query):
    """Terms (by UID) of what the catalog holds, whoever may open it.

    Searched unrestricted, since a group's title is open to every worker, then
    cleared of the confidential spaces that the current user may not open.
    """
    catalog = api.portal.get_tool("portal_catalog")
    brains = titles_shown(catalog.unrestrictedSearchResults(sort_on="sortable_title", **query))
    return [SimpleTerm(value=b.UID, token=b.UID, title=label(b)) for b in brains]


def catalog_vocabulary(**query):
    return SimpleVocabulary(catalog_terms(**query))


@provider(IVocabularyFactory)
def WorkplacesVocabulary(context=None):
    """Every medical house (by UID), plus the federation itself."""
    federation = SimpleTerm(value=FEDERATION, token=FEDERATION, title=FEDERATION_LABEL)
    return SimpleVocabulary(
        [federation] + catalog_terms(label=medical_house_label, portal_type="MedicalHouse")
    )


@provider(IVocabularyFactory)
def GroupSpacesVocabulary(context=None):
    """Every group space: intergroups, sectoral and working groups, themes.

    Confidential ones only for those who may open them.
    """
    return catalog_vocabulary(portal_type=GROUP_SPACE_TYPES)


@provider(IVocabularyFactory)
def ThematicsVocabulary(context=None):
    """The thematic areas a worker may subscribe to."""
    return catalog_vocabulary(portal_type="Thematic")


@provider(IVocabularyFactory)
def PaymentModesVocabulary(context=None):
    return SimpleVocabulary(
        [
            SimpleTerm("forfait", "forfait", _("payment_forfait", default="Flat rate (forfait)")),
            SimpleTerm("acte", "acte", _("payment_acte", default="Fee for service (à l'acte)")),
        ]
    )


@provider(IVocabularyFactory)
def WorkerStatusesVocabulary(context=None):
    return SimpleVocabulary(
        [
            SimpleTerm("pending", "pending", _("status_pending", default="Awaiting approval")),
            SimpleTerm("rejected", "rejected", _("status_rejected", default="Request rejected")),
            SimpleTerm("active", "active", _("status_active", default="Active")),
            SimpleTerm("left", "left", _("status_left", default="Left the movement")),
        ]
    )
