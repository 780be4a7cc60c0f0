"""The benchmark's gate (backend/scripts/bench_search.py): ratios to raw Solr against the
committed baseline, on report dicts shaped as ``make bench`` writes them."""

from pathlib import Path
import json
import pytest
import sys


sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "backend" / "scripts"))
import bench_search  # noqa: E402


def bench_report(search_p50, solr_p50=10.0, scale=None, docs=2000):
    """A JSON report of one site: @search and raw Solr at 1 and 8 clients."""
    build = {"scale": scale} if scale else {}
    cells = {
        "@search": {
            "1": {"n": 250, "p50": search_p50, "p95": search_p50 * 1.5},
            "8": {"n": 2000, "p50": search_p50 * 3, "p95": search_p50 * 4},
        },
        bench_search.RAW_SOLR: {
            "1": {"n": 250, "p50": solr_p50, "p95": solr_p50 * 2},
            "8": {"n": 2000, "p50": solr_p50 * 3, "p95": solr_p50 * 5},
        },
        "@my-shortcuts": {"1": {"n": 3, "p50": None, "p95": None}},
    }
    return {"docs": docs, "machine": "test", "measured": "2026-12-02 15:00", "build": build, "load": cells}


def baseline(*reports):
    return bench_search.baseline_of(list(reports))


def test_baseline_keeps_ratios_to_raw_solr_per_size():
    kept = baseline(bench_report(40.0), bench_report(60.0, solr_p50=20.0, scale=1.0))
    assert set(kept["sizes"]) == {"2000 PDFs", "seed scale 1.0"}
    assert kept["sizes"]["2000 PDFs"]["ratios_to_solr"] == {"@search": {"1": 4.0, "8": 4.0}}
    assert kept["sizes"]["seed scale 1.0"]["ratios_to_solr"]["@search"]["1"] == 3.0
    assert kept["sizes"]["2000 PDFs"]["ms"]["@search"] == {
        "1": {"p50": 40.0, "p95": 60.0},
        "8": {"p50": 120.0, "p95": 160.0},
    }
    assert kept["sizes"]["2000 PDFs"]["ms"]["@my-shortcuts"] == {"1": {}}
    assert kept["machine"] == "test"


def test_within_25_percent_passes():
    assert bench_search.regressions(baseline(bench_report(40.0)), baseline(bench_report(49.0))) == []
    assert bench_search.regressions(baseline(bench_report(40.0)), baseline(bench_report(20.0))) == []


def test_beyond_25_percent_fails_and_says_which():
    found = bench_search.regressions(
        baseline(bench_report(40.0), bench_report(30.0, scale=1.0)),
        baseline(bench_report(40.0), bench_report(38.0, scale=1.0)),
    )
    assert found == [  # on the seed-scale site, not the 2k one
        "seed scale 1.0, @search: 1 client(s) 3.80x raw Solr, baseline 3.00x (+27%); "
        "8 client(s) 3.80x raw Solr, baseline 3.00x (+27%)"
    ]


def test_one_load_alone_worse_passes():
    """Raw Solr 1 ms faster at one client (a ratio +33 %), the endpoint as fast: no regression."""
    faster_solr = bench_report(40.0, solr_p50=7.5)
    faster_solr["load"][bench_search.RAW_SOLR]["8"]["p50"] = 30.0  # as before at 8 clients
    assert bench_search.regressions(baseline(bench_report(40.0)), baseline(faster_solr)) == []


def test_raw_solr_slower_is_no_regression_of_plone():
    """The ratio, not the time: Solr and Plone both twice as slow (a busier machine) pass."""
    assert bench_search.regressions(baseline(bench_report(40.0)), baseline(bench_report(80.0, 20.0))) == []


def test_a_size_without_baseline_is_not_compared():
    assert (
        bench_search.regressions(baseline(bench_report(40.0)), baseline(bench_report(400.0, docs=50))) == []
    )


def test_compare_writes_the_baseline_then_exits_non_zero_on_a_regression(tmp_path, capsys):
    first, worse, kept = tmp_path / "first.json", tmp_path / "worse.json", tmp_path / "baseline.json"
    first.write_text(json.dumps(bench_report(40.0)))
    worse.write_text(json.dumps(bench_report(60.0)))
    bench_search.compare([first], kept, update=True)
    assert json.loads(kept.read_text())["sizes"]["2000 PDFs"]["ratios_to_solr"]["@search"]["1"] == 4.0
    bench_search.compare([first], kept, update=False)
    with pytest.raises(SystemExit) as exit_:
        bench_search.compare([worse], kept, update=False)
    assert exit_.value.code == 1
    assert "2000 PDFs, @search: 1 client(s) 6.00x raw Solr, baseline 4.00x (+50%)" in capsys.readouterr().out


def test_the_agenda_is_also_compared_per_line():
    """A month lists more activities on a bigger site: the table says how many, and the
    cost of a line at one client."""
    reports = []
    for lines, p50, scale in ((30, 12.0, None), (130, 39.0, 1.0)):
        report = bench_report(40.0, scale=scale)
        report["load"][bench_search.AGENDA] = {"1": {"n": 250, "p50": p50, "p95": p50 * 1.5}}
        report["agenda_lines"] = lines
        reports.append(report)
    row = next(line for line in bench_search.side_by_side(reports).splitlines() if "a line" in line)
    assert row.split()[-8:] == ["30", "lines", "0.40", "ms", "130", "lines", "0.30", "ms"]
    del reports[0]["agenda_lines"]  # a report written before the count: no row
    assert "a line" not in bench_search.side_by_side(reports)
