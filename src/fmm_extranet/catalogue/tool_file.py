"""A tool's attached file is found by its words: Solr extracts them, as for File items
(search/extraction.py), and they follow the tool's own words (title, description, body),
which the File adder would replace."""

from fmm_extranet.search.extraction import FileTextAdder


class ToolFileAdder(FileTextAdder):
    """Indexes a Tool with its own words, then the text of its ``file``."""

    def words(self, own, extracted):
        return f"{own}\n{extracted}".strip()
