"""The bench warms Solr's JVM before it measures (backend/scripts/bench_search.py)."""

from pathlib import Path
import pytest
import sys


sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "backend" / "scripts"))
import bench_search  # noqa: E402


@pytest.mark.solr
def test_warming_sends_each_query_each_round_and_reads_solrs_cpu(solr_server):
    pid = int((solr_server.home / "solr.pid").read_text())
    before = bench_search.process_cpu(pid)
    queries = [
        {"q": f"SearchableText:{word}", "facet": "true", "facet.field": "portal_type"} for word in "abc"
    ]
    per_query = bench_search.warm_solr(solr_server.core_url, pid, queries, rounds=4)
    assert len(per_query) == 4 and all(ms >= 0 for ms in per_query)
    assert bench_search.process_cpu(pid) > before  # the JVM's CPU, read from /proc
