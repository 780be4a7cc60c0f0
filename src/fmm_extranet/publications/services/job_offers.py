"""@job-offers on the site: the public job offers, anonymously, as JSON or RSS 2.0.

``GET @job-offers`` answers a batched JSON list (``b_start``, ``b_size``) of
``publications.job_offers.FEED_KEYS``; ``GET @job-offers/rss`` (or
``?format=rss``) the same offers as an RSS 2.0 channel for the federation's
website. Nothing else of the extranet is anonymous.
"""

from datetime import datetime
from email.utils import format_datetime
from fmm_extranet import _
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.errors import translated
from fmm_extranet.core.services import JsonService
from fmm_extranet.publications.job_offers import public_offer
from fmm_extranet.publications.job_offers import public_offers
from xml.etree import ElementTree


#: Caches (the federation's website, proxies) may keep an answer this long.
MAX_AGE = 300
FORMATS = ("json", "rss")
FEED_TITLE = _("Job offers of the medical houses")
FEED_DESCRIPTION = _("The job offers that the medical houses of the federation publish.")


def offer_description(offer):
    """The RSS description of an offer: its details, then its text (HTML)."""
    details = [
        ", ".join(function["title"] for function in offer["functions"]),
        offer["contract"]["title"] if offer["contract"] else "",
        offer["working_hours"],
        f"{offer['house']['name']}, {offer['house']['municipality']}",
    ]
    summary = " · ".join(detail for detail in details if detail)
    apply = f"<p>{escape(offer['how_to_apply'])}</p>" if offer["how_to_apply"] else ""
    return f"<p>{escape(summary)}</p>{offer['text']}{apply}"


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rss(channel_link, offers):
    """An RSS 2.0 document (bytes) of public offers."""
    root = ElementTree.Element("rss", version="2.0")
    channel = ElementTree.SubElement(root, "channel")
    for tag, text in (
        ("title", translated(FEED_TITLE)),
        ("link", channel_link),
        ("description", translated(FEED_DESCRIPTION)),
        ("language", "fr"),
    ):
        ElementTree.SubElement(channel, tag).text = text
    for offer in offers:
        item = ElementTree.SubElement(channel, "item")
        ElementTree.SubElement(item, "title").text = offer["title"]
        if offer["link"]:
            ElementTree.SubElement(item, "link").text = offer["link"]
        ElementTree.SubElement(item, "description").text = offer_description(offer)
        ElementTree.SubElement(item, "guid", isPermaLink="false").text = offer["uid"]
        ElementTree.SubElement(item, "pubDate").text = format_datetime(
            datetime.fromisoformat(offer["published"])
        )
        for function in offer["functions"]:
            ElementTree.SubElement(item, "category").text = function["title"]
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


class JobOffersGet(JsonService):
    def wanted_format(self):
        """``json``, or ``rss`` by the sub-path or ``?format=rss``; 400 for another."""
        wanted = self.request.form.get("format", FORMATS[self.route((), ("rss",))])
        if wanted not in FORMATS:
            errors = FieldErrors()
            errors.add("format", _("Expected one of: ${formats}.", mapping={"formats": ", ".join(FORMATS)}))
            errors.refuse_if_any()
        return wanted

    def render(self):
        if self.wanted_format() != "rss":
            return super().render()
        self.check_permission()
        self.allow_caching()
        self.request.response.setHeader("Content-Type", "application/rss+xml; charset=utf-8")
        return rss(self.context.absolute_url(), [public_offer(offer) for offer in public_offers()])

    def reply(self):
        self.allow_caching()
        return self.batched(public_offers(), public_offer)

    def allow_caching(self):
        self.request.response.setHeader("Cache-Control", f"public, max-age={MAX_AGE}")
