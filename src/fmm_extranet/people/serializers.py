"""A Job shows its contact fields only where the worker made them public."""

from fmm_extranet.interfaces import IFmmExtranetLayer
from fmm_extranet.people.content import IJob
from fmm_extranet.people.content import JOB_CONTACT_FLAGS
from plone import api
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from zope.component import adapter
from zope.interface import implementer


@implementer(ISerializeToJson)
@adapter(IJob, IFmmExtranetLayer)
class SerializeJobToJson(SerializeToJson):
    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        if not api.user.has_permission("Modify portal content", obj=self.context):
            for field, flag in JOB_CONTACT_FLAGS.items():
                if not getattr(self.context, flag, False):
                    result.pop(field, None)
        result["workplace_title"] = self.context.workplace_title()
        result["function_titles"] = self.context.function_titles()
        return result
