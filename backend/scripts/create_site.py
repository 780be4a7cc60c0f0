"""Create the Plone site with demo data, or bring an existing one up to date.

Run with: zconsole run instance/etc/zope.conf backend/scripts/create_site.py
(``app`` is the Zope application, given by zconsole). Never deletes anything.
"""

from pathlib import Path
from plone import api
from Products.CMFPlone.factory import addPloneSite
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import sys
import transaction


sys.path.insert(0, str(Path(sys.argv[3]).resolve().parent))  # zconsole run CONF SCRIPT
from settings import instance_settings  # noqa: E402


PROFILES = ("plone.app.contenttypes:default", "plone.volto:default", "fmm_extranet:default")


def ensure_admin(app, settings):
    name = settings["initial_user_name"]
    if app.acl_users.getUserById(name) is None:
        app.acl_users._doAddUser(name, settings["initial_user_password"], ["Manager"], [])
        print(f"Zope admin '{name}' created")


def configure_mail(portal, settings):
    mailhost = portal.MailHost
    mailhost.smtp_host = settings["smtp_host"]
    mailhost.smtp_port = int(settings["smtp_port"])
    api.portal.set_registry_record("plone.email_from_address", settings["email_from_address"])
    api.portal.set_registry_record("plone.email_from_name", settings["email_from_name"])


def main(app):
    settings = instance_settings()
    app = makerequest(app)
    ensure_admin(app, settings)
    site_id = settings["site_id"]
    created = site_id not in app.objectIds()
    if created:
        portal = addPloneSite(
            app, site_id, title=settings["site_title"], extension_ids=PROFILES,
            setup_content=False, default_language=settings["default_language"],
            portal_timezone="Europe/Brussels",
        )
        print(f"Site '{site_id}' created")
    portal = app[site_id]
    setSite(portal)
    with api.env.adopt_user(username=settings["initial_user_name"]):
        if not created:
            setup = api.portal.get_tool("portal_setup")
            setup.upgradeProfile("fmm_extranet:default")
            print(f"Site '{site_id}' exists: upgrade steps applied, nothing removed")
        configure_mail(portal, settings)
        if created and settings.get("demo_data"):
            from fmm_extranet.demo import create_demo

            create_demo(portal)
            print("Demo data created")
    transaction.commit()


main(app)  # noqa: F821 (zconsole provides app)
