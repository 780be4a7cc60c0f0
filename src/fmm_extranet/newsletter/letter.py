"""The mail of an issue for one recipient: only the items they may open, every link on
the public address (a mail built by the job has no request to take it from)."""

from Acquisition import aq_base
from datetime import datetime
from fmm_extranet import _
from fmm_extranet.core.mail import in_site_language
from fmm_extranet.core.utils import listing_date
from fmm_extranet.core.utils import localized
from fmm_extranet.newsletter.tokens import unsubscribe_token
from fmm_extranet.scheduler import public_url
from html import escape
from plone import api


PROFILE_PATH = "mon-profil"
UNSUBSCRIBE_PATH = "se-desabonner"
UNSUBSCRIBE_SERVICE = "++api++/@newsletter-unsubscribe"
TEST_PREFIX = "[Test] "
ONE_CLICK = "List-Unsubscribe=One-Click"

FEDERATION = _("Federation of medical houses")
WHY = _("You receive this newsletter as a worker of the extranet of the medical houses.")
UNSUBSCRIBE = _("Unsubscribe in one click")
PROFILE = _("or change your choice in your profile")

BLUE, DARK_BLUE, GREY = "#0b5ea8", "#0a3a66", "#4a4a4a"


def public_link(obj):
    """The address of ``obj`` on the extranet's public address."""
    portal_path = len(api.portal.get().getPhysicalPath())
    return "/".join((public_url(), *obj.getPhysicalPath()[portal_path:]))


def item_date(item):
    """An activity's start, else the publication date, else the creation date."""
    start = getattr(aq_base(item), "start", None)
    if isinstance(start, datetime):
        return localized(start).strftime("%d/%m/%Y")
    return listing_date(item.effective(), item.created()).strftime("%d/%m/%Y")


def entries(newsletter, user):
    """(title, date, summary, link) of the items ``user`` may open, in the issue's order."""
    found = []
    for relation in newsletter.items or []:
        item = relation.to_object
        if item is not None and api.user.has_permission("View", user=user, obj=item):
            found.append((item.Title(), item_date(item), item.Description(), public_link(item)))
    return found


def unsubscribe_links(worker):
    """(page, one-click service) of the worker's token; (None, None) for a sender without a
    profile (an administrator's test)."""
    if worker is None:
        return None, None
    token = unsubscribe_token(worker)
    return f"{public_url()}/{UNSUBSCRIBE_PATH}/{token}", f"{public_url()}/{UNSUBSCRIBE_SERVICE}/{token}"


def as_text(newsletter, items, unsubscribe, profile):
    lines = [newsletter.Title(), "=" * len(newsletter.Title()), ""]
    if newsletter.intro:
        lines += [newsletter.intro.strip(), ""]
    for title, date, summary, link in items:
        lines += [f"* {title} ({date})", *([summary] if summary else []), link, ""]
    lines += ["-- ", in_site_language(WHY)]
    if unsubscribe:
        lines.append(f"{in_site_language(UNSUBSCRIBE)} : {unsubscribe}")
    lines.append(f"{in_site_language(PROFILE)} : {profile}")
    return "\n".join(lines) + "\n"


def as_html(newsletter, items, unsubscribe, profile):
    def link(url, text, colour=BLUE):
        return f'<a href="{escape(url)}" style="color:{colour};text-decoration:underline">{escape(text)}</a>'

    intro = "".join(
        f'<p style="margin:0 0 12px;font-size:16px;line-height:1.5">{escape(paragraph)}</p>'
        for paragraph in (newsletter.intro or "").strip().split("\n\n")
        if paragraph.strip()
    )
    rows = "".join(
        '<tr><td style="padding:12px 0;border-top:1px solid #e5e5e5">'
        f'<h2 style="margin:0 0 4px;font-size:18px">{link(url, title, DARK_BLUE)}</h2>'
        f'<p style="margin:0 0 6px;font-size:14px;color:{GREY}">{escape(date)}</p>'
        + (f'<p style="margin:0;font-size:16px;line-height:1.5">{escape(summary)}</p>' if summary else "")
        + "</td></tr>"
        for title, date, summary, url in items
    )
    footer = (
        escape(in_site_language(WHY))
        + "<br>"
        + (link(unsubscribe, in_site_language(UNSUBSCRIBE)) + " " if unsubscribe else "")
        + link(profile, in_site_language(PROFILE))
    )
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f"<title>{escape(newsletter.Title())}</title></head>"
        '<body style="margin:0;padding:0;background:#f4f6f8;'
        'font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f8">'
        '<tr><td align="center" style="padding:16px">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="max-width:640px;background:#ffffff;border-radius:4px">'
        f'<tr><td style="background:{BLUE};color:#ffffff;padding:16px 24px;font-size:14px;font-weight:bold">'
        f"{escape(in_site_language(FEDERATION))}</td></tr>"
        f'<tr><td style="padding:24px"><h1 style="margin:0 0 16px;font-size:24px;color:{DARK_BLUE}">'
        f"{escape(newsletter.Title())}</h1>{intro}"
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0">{rows}</table></td></tr>'
        f'<tr><td style="padding:16px 24px;background:#eef3f8;font-size:13px;line-height:1.6;color:{GREY}">'
        f"{footer}</td></tr></table></td></tr></table></body></html>"
    )


def letter(newsletter, user, worker, test=False):
    """The mail of ``newsletter`` for the account ``user`` (their ``worker`` profile, if
    any): ``{"subject", "text", "html", "headers"}``."""
    items = entries(newsletter, user)
    unsubscribe, one_click = unsubscribe_links(worker)
    profile = f"{public_url()}/{PROFILE_PATH}"
    headers = {}
    if one_click:  # RFC 8058
        headers = {"List-Unsubscribe": f"<{one_click}>", "List-Unsubscribe-Post": ONE_CLICK}
    return {
        "subject": (TEST_PREFIX if test else "") + newsletter.Title(),
        "text": as_text(newsletter, items, unsubscribe, profile),
        "html": as_html(newsletter, items, unsubscribe, profile),
        "headers": headers,
    }
