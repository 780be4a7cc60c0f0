"""An issue's items as its reader sees them: only those they may open (the archive
names no confidential document to who may not open it, as the mails do not), each
with the dates the mail shows it by."""

from Acquisition import aq_base
from fmm_extranet.interfaces import IFmmExtranetLayer
from fmm_extranet.newsletter.content import INewsletter
from plone import api
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.interfaces import ISerializeToJsonSummary
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.serializer.relationfield import RelationListFieldSerializer
from z3c.relationfield.interfaces import IRelationList
from zope.component import adapter
from zope.component import getMultiAdapter
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

    def __call__(self):
        return [self.summary(relation.to_object) for relation in self.get_value()]

    def summary(self, item):
        dates = {
            "start": getattr(aq_base(item), "start", None),
            "effective": item.effective(),
            "created": item.created(),
        }
        return {
            **getMultiAdapter((item, self.request), ISerializeToJsonSummary)(),
            **{name: json_compatible(value) for name, value in dates.items() if value is not None},
        }
