"""Where a benchmarked endpoint spends its time: ``make profile ARGS="…"``.

    .venv/bin/python backend/scripts/profile_endpoint.py [--site ~/.cache/fmm-extranet/seed-scale]
        [--seconds 15] [--top 40] ENDPOINT [PARAMS]

    e.g.  @agenda "start=2026-03-01&end=2026-03-31"
          @search "SearchableText=santé&metadata_fields=effective"

Serves a site kept by ``seed_scale.py`` or ``bench_search.py`` (its own Solr and Zope on free
ports), sends the request as the benchmark's worker (a warm-up, then 40 timed: p50 / p95),
then keeps sending it while py-spy samples the Zope process. Prints each function's share of
the samples taken inside a request (inclusive), and keeps py-spy's collapsed stacks beside
the site (``profile-<endpoint>.txt``, for flame graphs) — the profile a missed bench target
comes with.
"""

from collections import Counter
from pathlib import Path
import argparse
import bench_search
import re
import seed_scale
import subprocess
import sys
import time


PY_SPY = bench_search.VENV / "py-spy"
#: A frame of py-spy's collapsed stacks: ``function (path/to/module.py:line)``.
FRAME = re.compile(r"^(?P<function>.*?) \((?P<path>.*?):\d+\)$")
TIMED = 40


def frame_name(frame):
    """``function (package/module.py)``: the line dropped, the path from its package on."""
    found = FRAME.match(frame)
    if not found:
        return frame
    path = re.split(r"site-packages/|/src/", found["path"])[-1]
    return f"{found['function']} ({path})"


def inclusive_shares(collapsed_lines, inside="publish_module"):
    """(share, frame) of each frame in the stacks that pass through ``inside``, largest first."""
    counts, total = Counter(), 0
    for line in collapsed_lines:
        stack, _, samples = line.rstrip().rpartition(" ")
        if not samples.isdigit() or inside not in stack:
            continue  # idle server threads
        total += int(samples)
        for name in {frame_name(frame) for frame in stack.split(";")}:
            counts[name] += int(samples)
    return [(count / total, name) for name, count in counts.most_common()] if total else []


def timed(session, url, params):
    """p50 and p95 in ms of ``TIMED`` requests, after a warm-up."""
    for _ in range(5):
        answer = session.get(url, params=params)
        if answer.status_code != 200:
            sys.exit(f"profile_endpoint.py: {url} answered {answer.status_code}: {answer.text[:300]}")
    seconds = []
    for _ in range(TIMED):
        started = time.perf_counter()
        session.get(url, params=params)
        seconds.append(time.perf_counter() - started)
    return (
        bench_search.percentile(seconds, 50) * 1000,
        bench_search.percentile(seconds, 95) * 1000,
    )


def profile(args):
    site = Path(args.site).expanduser()
    if not (site / "build.json").exists():
        sys.exit(f"profile_endpoint.py: no kept site in {site} (make seed-scale, or make bench)")
    solr_port, port = bench_search.free_ports(2)
    solr_home = site / "solr"
    schema_changed = bench_search.start_solr(site, solr_port)
    zope = None
    try:
        conf = bench_search.make_instance(site, port)
        bench_search.prepare_kept_site(conf, solr_port, reindex=schema_changed)
        zope, site_url = bench_search.start_backend(site, port, "profile-backend.log")
        session = bench_search.worker_session()
        url = f"{site_url}/{args.endpoint}"
        params = [tuple(pair.split("=", 1)) for pair in args.params.split("&") if "=" in pair]
        p50, p95 = timed(session, url, params)
        out = site / f"profile-{args.endpoint.strip('@/').replace('/', '-')}.txt"
        spy = subprocess.Popen(
            [PY_SPY, "record", "--pid", str(zope.pid), "--rate", "500", "--format", "raw"]
            + ["--output", str(out), "--duration", str(args.seconds), "--nonblocking"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1)  # py-spy attaches
        sent = 0
        while spy.poll() is None:
            session.get(url, params=params)
            sent += 1
        if spy.returncode or not out.exists():
            sys.exit("profile_endpoint.py: py-spy recorded nothing (ptrace allowed?)")
        print(f"{args.endpoint} {args.params}: p50 {p50:.1f} ms, p95 {p95:.1f} ms ({TIMED} requests)")
        print(f"{sent} requests sampled for {args.seconds} s; collapsed stacks in {out}")
        for share, name in inclusive_shares(out.read_text().splitlines())[: args.top]:
            print(f"{share * 100:5.1f} %  {name}")
    finally:
        bench_search.stop_backend(zope)
        subprocess.run(
            [bench_search.SOLR_SH, "stop", "--home-data", str(solr_home)], stdout=subprocess.DEVNULL
        )


def main(argv):
    parser = argparse.ArgumentParser(prog="profile_endpoint.py", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--site", default=str(seed_scale.DEFAULT_DIR), help=f"a kept site [{seed_scale.DEFAULT_DIR}]"
    )
    parser.add_argument("--seconds", type=int, default=15, help="sampling time [15]")
    parser.add_argument("--top", type=int, default=40, help="functions shown [40]")
    parser.add_argument("endpoint", help="e.g. @agenda")
    parser.add_argument("params", nargs="?", default="", help='e.g. "start=2026-03-01&end=2026-03-31"')
    profile(parser.parse_args(argv))


if __name__ == "__main__":
    main(sys.argv[1:])
