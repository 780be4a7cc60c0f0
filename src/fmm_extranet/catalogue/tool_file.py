"""A tool's attached file is found by its words: Solr extracts them, as for File items.

collective.solr looks its adder up by portal type. This one sends the tool's file
to Solr Cell (``/update/extract``) like collective.solr's ``DXFileBinaryAdder`` does
for a File, but keeps the tool's own words (title, description, body) in front of
the extracted text, which the File adder would replace.
"""

from collective.solr.indexer import DXFileBinaryAdder
from plone import api


class WordsKept:
    """A Solr connection whose ``add`` puts ``words`` before the extracted text."""

    def __init__(self, connection, words, field):
        self.connection = connection
        self.words = words
        self.field = field

    def __getattr__(self, name):
        return getattr(self.connection, name)

    def add(self, **data):
        extracted = data.get(self.field) or ""
        if extracted != self.words:
            data[self.field] = f"{self.words}\n{extracted}".strip()
        return self.connection.add(**data)


class ToolFileAdder(DXFileBinaryAdder):
    """Indexes a Tool with the text of its ``file`` (none: as any other item)."""

    fieldname = "file"

    def __call__(self, conn, **data):
        field = api.portal.get_registry_record("collective.solr.tika_default_field", default=None)
        field = field or "SearchableText"
        words = data.get(field) or ""
        super().__call__(WordsKept(conn, words, field), **data)
