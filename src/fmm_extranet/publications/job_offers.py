"""Public job offers: what the federation's website may show of the extranet (SPEC rule 1).

A job offer is public while "publish on the website" is ticked, its end of
publication is not past and its medical house has not left the federation. The
``fmm_job_offer_until`` index holds the end of publication (ISO day) of ticked job
offers only, so the feed asks the catalog for the offers still running; what
shows comes from :func:`public_offer`, which holds no personal data (no author, no
creator, no address of a worker): the offer's own fields, its house's name and
municipality, the day it was published and the house's website.
"""

from datetime import date
from fmm_extranet.core.vocabularies import term_label
from fmm_extranet.medical_houses.content import IMedicalHouse
from fmm_extranet.publications.content import CONTRACTS
from fmm_extranet.publications.content import IAnnouncement
from fmm_extranet.publications.content import JOB_OFFER
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.indexer import indexer
from plone.restapi.serializer.converters import json_compatible
from zope.globalrequest import getRequest
from zope.i18n import translate


INDEX = "fmm_job_offer_until"

#: The keys of one offer in the feed (a contract: the federation's website reads them).
FEED_KEYS = (
    "uid",
    "title",
    "text",
    "functions",
    "contract",
    "working_hours",
    "job_start",
    "publication_end",
    "how_to_apply",
    "house",
    "published",
    "link",
)


def is_published_on_website(announcement):
    return (
        announcement.announcement_type == JOB_OFFER
        and bool(getattr(announcement, "publish_on_website", False))
        and getattr(announcement, "publication_end", None) is not None
    )


@indexer(IAnnouncement)
def fmm_job_offer_until(obj):
    """The last day a ticked job offer is public; not indexed otherwise."""
    if not is_published_on_website(obj):
        raise AttributeError(INDEX)
    return obj.publication_end.isoformat()


def house_has_left(house, today):
    left_on = getattr(house, "left_on", None)
    return left_on is not None and left_on <= today


def public_offers(today=None):
    """The job offers the public feed shows today, newest first."""
    today = today or date.today()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Announcement",
        **{INDEX: {"query": today.isoformat(), "range": "min"}},
        sort_on="created",
        sort_order="reverse",
    )
    offers = []
    for brain in brains:
        offer = brain._unrestrictedGetObject()
        house = offer.__parent__
        if (
            is_published_on_website(offer)
            and IMedicalHouse.providedBy(house)
            and not house_has_left(house, today)
        ):
            offers.append(offer)
    return offers


def label(token, title):
    return {"token": token, "title": title}


def publication_date(offer):
    """When it was published, else created (announcements are seldom published), with its offset."""
    return (offer.effective_date or offer.created()).ISO8601()


def safe_html(offer, text):
    """The body as safe HTML (a raw string set by a script is made a rich text first)."""
    if not text:
        return ""
    if isinstance(text, str):
        text = RichTextValue(text, "text/html", "text/x-html-safe")
    return text.output_relative_to(offer)


def public_offer(offer):
    """What the public sees of one job offer (``FEED_KEYS``)."""
    house = offer.__parent__
    contract = getattr(offer, "contract", None)
    text = getattr(offer, "text", None)
    return {
        "uid": offer.UID(),
        "title": offer.Title(),
        "text": safe_html(offer, text),
        "functions": [label(token, term_label("functions", token)) for token in offer.job_functions or []],
        "contract": label(contract, translate(CONTRACTS[contract], context=getRequest()))
        if contract in CONTRACTS
        else None,
        "working_hours": getattr(offer, "working_hours", None) or "",
        "job_start": json_compatible(getattr(offer, "job_start", None)),
        "publication_end": json_compatible(offer.publication_end),
        "how_to_apply": getattr(offer, "how_to_apply", None) or "",
        "house": {
            "name": f"{house.Title()} ({house.number})" if house.number else house.Title(),
            "municipality": house.municipality,
        },
        "published": publication_date(offer),
        "link": house.website or None,
    }


def index_job_offers():
    """Fill the ``fmm_job_offer_until`` index for existing announcements (once it is added)."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Announcement"):
        brain._unrestrictedGetObject().reindexObject(idxs=[INDEX])
