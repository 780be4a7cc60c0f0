"""A tool's attached file is found by its words: Solr extracts them, as for File items
(search/extraction.py), and they follow the tool's own words (title, description, body),
which the File adder would replace."""

from fmm_extranet.search.extraction import FileTextAdder
from fmm_extranet.search.extraction import text_field


class ToolFileAdder(FileTextAdder):
    """Indexes a Tool with its own words, then the text of its ``file``."""

    def add(self, conn, data, text):
        field = text_field()
        words = data.get(field) or ""
        super().add(conn, data, text if text is None else f"{words}\n{text}".strip())
