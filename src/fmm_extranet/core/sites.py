"""The extranet sites of a Zope application, for the scheduled scripts (zconsole)."""

from plone.base.interfaces import IPloneSiteRoot
from Products.CMFPlone.utils import get_installer
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import setRequest


def extranet_sites(app):
    """Each Plone site of ``app`` with the extranet installed, made the current site
    (with a request, as a web request would have)."""
    app = makerequest(app)
    setRequest(app.REQUEST)
    for site in app.objectValues():
        if IPloneSiteRoot.providedBy(site) and get_installer(site, app.REQUEST).is_product_installed(
            "fmm_extranet"
        ):
            setSite(site)
            yield site
