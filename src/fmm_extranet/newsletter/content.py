"""The Newsletter type and the federation's archive of sent issues."""

from Acquisition import aq_base
from BTrees.OOBTree import OOTreeSet
from fmm_extranet import _
from fmm_extranet.core.validation import InvalidValue
from plone import api
from plone.app.dexterity.behaviors.constrains import ConstrainTypesBehavior
from plone.autoform import directives
from plone.base.interfaces.constrains import ENABLED
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.relationfield import RelationValue
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.interface import implementer


ARCHIVE_ID = "lettre-electronique"
ARCHIVE_TITLE = "Lettre électronique"
#: What an issue may present.
ITEM_TYPES = (
    "News Item",
    "Activity",
    "Formation",
    "Announcement",
    "File",
    "Document",
    "SynthesisPage",
    "Tool",
)

NOT_PRESENTABLE = _("A newsletter presents news, activities, formations, announcements, documents and tools.")


def presentable(value):
    """Every item is of a type a newsletter presents (objects while plone.restapi
    validates, relations otherwise)."""
    for entry in value or []:
        item = entry.to_object if isinstance(entry, RelationValue) else entry
        if item is not None and item.portal_type not in ITEM_TYPES:
            raise InvalidValue(NOT_PRESENTABLE)
    return True


class INewsletter(model.Schema):
    intro = schema.Text(title=_("Introduction"), required=False)

    directives.widget(
        "items",
        frontendOptions={
            "widget": "object_browser",
            "widgetProps": {"mode": "multiple", "selectableTypes": list(ITEM_TYPES)},
        },
    )
    items = RelationList(
        title=_("Items"),
        description=_("News, activities, formations, announcements, documents and tools."),
        value_type=RelationChoice(vocabulary="plone.app.vocabularies.Catalog"),
        constraint=presentable,
        required=False,
        default=[],
        missing_value=[],
    )


@implementer(INewsletter)
class Newsletter(Item):
    """An issue; its workflow state says whether it is a draft, being sent or sent.

    While it is sent, ``recipients`` are the user ids frozen for it and ``done`` those
    handled (mailed or skipped, recorded in the transaction that queued their mail);
    once sent, only the counts stay (``counts``), no list of people.
    """

    recipients = ()
    done = None
    counts = None
    skipped = 0
    started = None
    finished = None

    def freeze(self, user_ids, moment):
        self.recipients = tuple(user_ids)
        self.done = OOTreeSet()
        self.skipped = 0
        self.started = moment

    def progress(self):
        """(recipients handled, recipients frozen)."""
        if self.counts is not None:
            return self.counts
        return (len(self.done) if self.done is not None else 0, len(self.recipients))

    def forget_recipients(self, moment):
        self.counts = self.progress()
        self.recipients, self.done = (), None
        self.finished = moment


def ensure_newsletter_folder(portal):
    """The federation's archive ``lettre-electronique``: its issues are written and kept there.

    Nothing before the type exists (a site installed from an older profile: its upgrade
    to 1007 makes the folder)."""
    if ARCHIVE_ID in portal.objectIds() or "Newsletter" not in portal.portal_types.objectIds():
        return portal.get(ARCHIVE_ID)
    folder = api.content.create(
        container=portal,
        type="Folder",
        id=ARCHIVE_ID,
        title=ARCHIVE_TITLE,
        description="Les lettres électroniques de la Fédération.",
    )
    constraints = ISelectableConstrainTypes(folder)
    constraints.setConstrainTypesMode(ENABLED)
    constraints.setLocallyAllowedTypes(["Newsletter"])
    constraints.setImmediatelyAddableTypes(["Newsletter"])
    return folder


def is_archive(container):
    """Whether ``container`` is the federation's archive."""
    archive = api.portal.get().get(ARCHIVE_ID)
    return archive is not None and aq_base(container) is aq_base(archive)


class NewsletterOnlyInTheArchive(ConstrainTypesBehavior):
    """What plain folders and the site root offer: a Newsletter only in the archive.

    The type is globally allowed for the archive (a plain Folder) and allowed by their type
    in intergroups; anywhere else an issue would have no audience (``audience``).
    """

    def getDefaultAddableTypes(self, context=None):
        addable = super().getDefaultAddableTypes(context)
        if is_archive(self.context):
            return addable
        return [fti for fti in addable if fti.getId() != "Newsletter"]
