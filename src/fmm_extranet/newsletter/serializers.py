"""An issue's items as its reader sees them: only those they may open (the archive
names no confidential document to who may not open it, as the mails do not)."""

from fmm_extranet.interfaces import IFmmExtranetLayer
from fmm_extranet.newsletter.content import INewsletter
from plone import api
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.serializer.relationfield import RelationListFieldSerializer
from z3c.relationfield.interfaces import IRelationList
from zope.component import adapter
from zope.interface import implementer


@adapter(IRelationList, INewsletter, IFmmExtranetLayer)
@implementer(IFieldSerializer)
class ItemsSerializer(RelationListFieldSerializer):
    def get_value(self, default=None):
        return [
            relation
            for relation in super().get_value(default)
            if api.user.has_permission("View", obj=relation.to_object)
        ]
