"""Behaviour of a formation's folder whose documents only the attendees open."""

from fmm_extranet import _
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IParticipantsOnly(model.Schema):
    """A folder of a formation whose documents only its attendees open."""

    participants_only = schema.Bool(
        title=_("Reserved to participants"),
        description=_(
            "Inside a formation: only the people marked as having attended one of "
            "its sessions (and the staff) open this folder."
        ),
        required=False,
        default=False,
    )
