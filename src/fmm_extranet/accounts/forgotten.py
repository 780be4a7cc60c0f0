"""Plone's own forgotten-password pages told an unknown login from a known one and
mailed Plone's link, unbraked: they lead to the extranet's page instead, which sends
its links through the extranet's rules (``@password-reset``)."""

from Products.Five.browser import BrowserView


class ForgottenPasswordRedirect(BrowserView):
    def __call__(self):
        portal_url = self.context.portal_url()
        self.request.response.redirect(f"{portal_url}/passwordreset")
        return ""
