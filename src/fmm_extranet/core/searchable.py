"""The words a full-text search finds an item by.

Plone's own (id, title, description, keywords, the text of the rich-text behaviour),
and the fields of a type's schema that hold its body: rich text as plain text,
plain text as it is. Each capability registers a ``SearchableText`` indexer for its
types with the fields they have.
"""

from Acquisition import aq_base
from plone import api
from plone.app.contenttypes.indexers import SearchableText
from plone.app.textfield.interfaces import IRichTextValue
from plone.base.utils import safe_text


def searchable_text(obj, *fields):
    """Plone's words of ``obj`` followed by those of its ``fields``."""
    words = [SearchableText(obj)]
    for name in fields:
        value = getattr(aq_base(obj), name, None)
        if IRichTextValue.providedBy(value):
            html = safe_text(value.raw)
            transforms = api.portal.get_tool("portal_transforms")
            value = transforms.convertTo("text/plain", html, mimetype=value.mimeType).getData()
        if value:
            words.append(safe_text(value).strip())
    return " ".join(words)
