"""The classic login form, with the login brake's message when a login must wait."""

from fmm_extranet.core.errors import translated
from fmm_extranet.sessions import brake
from plone import api
from plone.base import PloneMessageFactory as PMF
from Products.CMFPlone.browser.login import login
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from z3c.form import button
import os


class LoginForm(login.LoginForm):
    """Plone's login form. The brake (acl_users/login_brake) refused to check the
    password of a braked login; the form says so, in place of "wrong password"."""

    index = ViewPageTemplateFile("templates/login.pt", _prefix=os.path.dirname(login.__file__))

    @button.buttonAndHandler(PMF("Log in"), name="login")
    def handleLogin(self, action):
        name = self.request.form.get(self.widgets["ac_name"].name)
        seconds = brake.waiting(self.request, name) if name and api.user.is_anonymous() else 0
        if not seconds:
            return login.LoginForm.handleLogin(self, action)
        self.request.response.setStatus(429)
        self.request.response.setHeader("Retry-After", str(seconds))
        self.status = translated(brake.braked_message(seconds))
