"""Marker interfaces of fmm_extranet."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IFmmExtranetLayer(IDefaultBrowserLayer):
    """Browser layer installed by the fmm_extranet profile."""
