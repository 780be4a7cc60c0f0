"""GET @directory: the worker directory, filtered, with function and intergroup counts."""

from fmm_extranet.core.services import JsonService
from fmm_extranet.people.directory import directory
from fmm_extranet.people.directory import directory_entry
from fmm_extranet.people.directory import facet_counts


class DirectoryGet(JsonService):
    def reply(self):
        self.route(())
        workers, record_ids = directory(self.request.form)
        return {**self.batched(workers, directory_entry), "facets": facet_counts(record_ids)}
