"""Latency of the medical-house directory (``@medical-houses``) on a running site.

    .venv/bin/python backend/scripts/bench_directory.py --url http://127.0.0.1:8080/Plone \\
        --login infirmiere.liege@demo.fmm.be --password … [--repeat 20]

Not a test. One client, one request at a time, as an active worker: every query of
``house_queries`` (no filter, each filter, a combination, ``near`` with and without a
radius around the worker's own house) runs ``--repeat`` times in shuffled order after a
warm-up pass; it prints p50/p95 per query and overall (the issue's target: p95 ≤ 100 ms
at the seeds' scale, 125 houses). ``bench_search.py``'s load runs reuse ``house_queries``
and ``my_house_uid``.
"""

import argparse
import random
import statistics
import sys
import time


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


def house_queries(my_house):
    """(name, parameters) of the probe; ``my_house`` is a house UID (``near``) or None."""
    queries = [
        ("all houses", {}),
        ("name", {"q": "maison"}),
        ("intergroup", {"intergroup": "igl"}),
        ("postal code", {"postal_code": "4"}),
        ("payment mode", {"payment_mode": "forfait"}),
        ("open", {"open_to_registrations": "true"}),
        ("discipline", {"discipline": "psychologue"}),
        ("covers", {"covers": "4020"}),
        ("combined", {"payment_mode": "forfait", "discipline": "psychologue", "covers": "4020"}),
        ("map (every house)", {"b_size": 1000}),
    ]
    if my_house:
        queries += [
            ("near", {"near": my_house}),
            ("near, 10 km, psy", {"near": my_house, "radius_km": 10, "discipline": "psychologue"}),
        ]
    return queries


def my_house_uid(session, site_url):
    """The UID of the first located house of ``session``'s user (``@medical-houses``'
    ``my_houses``), or None (then ``near`` is not probed)."""
    response = session.get(f"{site_url}/@medical-houses", params={"b_size": 1000})
    response.raise_for_status()
    located = {house["UID"] for house in response.json()["items"] if house.get("geolocation")}
    mine = [house["UID"] for house in response.json().get("my_houses") or [] if house["UID"] in located]
    if not mine:
        print("the worker's house has no location: near is not probed", file=sys.stderr)
    return mine[0] if mine else None


def probe_medical_houses(session, site_url, repeat=20, seed=2026):
    """{query name: [milliseconds…]} of ``@medical-houses`` as ``session``'s user."""
    url = f"{site_url}/@medical-houses"
    queries = house_queries(my_house_uid(session, site_url))
    runs = [(name, params) for name, params in queries for _ in range(repeat)]
    random.Random(seed).shuffle(runs)
    for _name, params in queries:  # warm-up
        session.get(url, params=params).raise_for_status()
    timings = {name: [] for name, _params in queries}
    for name, params in runs:
        started = time.perf_counter()
        response = session.get(url, params=params)
        timings[name].append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return timings


def report(timings):
    lines = [f"@medical-houses latency, ms{'':<14}{'p50':>8}{'p95':>8}"]
    for name, values in timings.items():
        lines.append(f"  {name:<34}{statistics.median(values):8.1f}{percentile(values, 95):8.1f}")
    every = [value for values in timings.values() for value in values]
    lines.append(f"  {'all':<34}{statistics.median(every):8.1f}{percentile(every, 95):8.1f}")
    return "\n".join(lines)


def main(argv):
    import requests

    parser = argparse.ArgumentParser(prog="bench_directory.py", description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True, help="the site's URL (the backend, not Volto)")
    parser.add_argument("--login", required=True, help="an active worker's login")
    parser.add_argument("--password", required=True)
    parser.add_argument("--repeat", type=int, default=20, help="runs of each query [20]")
    args = parser.parse_args(argv)
    session = requests.Session()
    session.auth = (args.login, args.password)
    session.headers["Accept"] = "application/json"
    print(report(probe_medical_houses(session, args.url.rstrip("/"), args.repeat)))


if __name__ == "__main__":
    main(sys.argv[1:])
