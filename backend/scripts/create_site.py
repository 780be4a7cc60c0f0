"""Create the Plone site with demo data, or bring an existing one up to date.

Run with: zconsole run instance/etc/zope.conf backend/scripts/create_site.py
(``app`` is the Zope application, given by zconsole). Never deletes anything.

The site searches with the Solr of instance.yaml (``solr_host``, ``solr_port``),
set before the demo content is created so that it is indexed there. A throw-away
site (the end-to-end test, backend/scripts/e2e.sh) uses another Solr:

    zconsole run CONF backend/scripts/create_site.py --solr-port PORT [--solr-host HOST]
        [--smtp-port PORT] [--smtp-host HOST] [--public-url URL]

When a site is pointed at a different Solr (or Solr was not active), its content
is sent to that Solr.
"""

from App.config import getConfiguration
from fmm_extranet.core.mail import use_mail_queue
from fmm_extranet.search.reindex import solr_reindex
from pathlib import Path
from plone import api
from Products.CMFPlone.factory import addPloneSite
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
import argparse
import sys
import transaction


sys.path.insert(0, str(Path(sys.argv[3]).resolve().parent))  # zconsole run CONF SCRIPT
from settings import instance_settings  # noqa: E402


PROFILES = ("plone.app.contenttypes:default", "plone.volto:default", "fmm_extranet:default")


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="create_site.py")
    parser.add_argument("--solr-host", help="host of Solr [solr_host of instance.yaml]")
    parser.add_argument("--solr-port", type=int, help="port of Solr [solr_port of instance.yaml]")
    parser.add_argument("--smtp-host", help="host of the mail server [smtp_host of instance.yaml]")
    parser.add_argument("--smtp-port", type=int, help="port of the mail server [smtp_port]")
    parser.add_argument("--public-url", help="the frontend's address, for links in mails [public_url]")
    return parser.parse_args(argv)


def ensure_admin(app, settings):
    name = settings["initial_user_name"]
    if app.acl_users.getUserById(name) is None:
        app.acl_users._doAddUser(name, settings["initial_user_password"], ["Manager"], [])
        print(f"Zope admin '{name}' created")


def configure_mail(portal, settings):
    """The mail server of instance.yaml, behind a queue in the instance's var/mailqueue."""
    mailhost = portal.MailHost
    use_mail_queue(mailhost, Path(getConfiguration().clienthome) / "mailqueue")
    mailhost.smtp_host = settings["smtp_host"]
    mailhost.smtp_port = int(settings["smtp_port"])
    # What Plone's mailer really uses (Products.CMFPlone.patches.sendmail).
    api.portal.set_registry_record("plone.smtp_host", str(settings["smtp_host"]))
    api.portal.set_registry_record("plone.smtp_port", int(settings["smtp_port"]))
    api.portal.set_registry_record("plone.email_from_address", settings["email_from_address"])
    api.portal.set_registry_record("plone.email_from_name", settings["email_from_name"])


def configure_solr(settings):
    """Point collective.solr at our Solr; True when that changed the connection."""
    wanted = {
        "collective.solr.active": True,
        "collective.solr.host": str(settings["solr_host"]),
        "collective.solr.port": int(settings["solr_port"]),
    }
    changed = False
    for name, value in wanted.items():
        if api.portal.get_registry_record(name, default=None) != value:
            api.portal.set_registry_record(name, value)
            changed = True
    print(
        f"Solr: http://{wanted['collective.solr.host']}:{wanted['collective.solr.port']}"
        f"{api.portal.get_registry_record('collective.solr.base')}"
    )
    return changed


def main(app):
    settings = instance_settings()
    args = parse_args(sys.argv[4:])  # after: zconsole run CONF SCRIPT
    for name in ("solr_host", "solr_port", "smtp_host", "smtp_port", "public_url"):
        if getattr(args, name):
            settings[name] = getattr(args, name)
    app = makerequest(app)
    ensure_admin(app, settings)
    site_id = settings["site_id"]
    created = site_id not in app.objectIds()
    if created:
        portal = addPloneSite(
            app,
            site_id,
            title=settings["site_title"],
            extension_ids=PROFILES,
            setup_content=False,
            default_language=settings["default_language"],
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
        # The links of the mails built outside a request (the scheduler's jobs).
        api.portal.set_registry_record("fmm_extranet.public_url", str(settings["public_url"]))
        if configure_solr(settings):
            # A new Solr (or a site's sections, made before Solr was set): send everything.
            transaction.commit()  # solr_reindex reads committed state
            print(solr_reindex(portal).summary())
        if created and settings.get("demo_data"):
            from fmm_extranet.demo import create_demo

            create_demo(portal)
            print("Demo data created")
    transaction.commit()


main(app)  # noqa: F821 (zconsole provides app)
