"""Benchmark of the cluster (not a test): ``@search`` and registration throughput through
HAProxy, at 8 and 32 concurrent clients, on one Zope process and on two, side by side.

    .venv/bin/python backend/scripts/bench_cluster.py [--seconds 20] [--clients 8,32]
                     [--workers 100] [--activities 40] [--json PATH] [--keep]

It starts its own cluster (backend/scripts/cluster.py's ``Cluster``: PostgreSQL, two Zope
processes on RelStorage, HAProxy, the site with the demo; the scheduler off) in a temporary
folder on free 127.0.0.1 ports, with a real Solr (backend/solr/solr.sh) and an SMTP server
that accepts and drops every mail; then seeds, through a third process on the database
(``Cluster.seed``: seed_cluster.py), WORKERS active workers and ACTIVITIES
activities open to registration (many activities: registrations to one activity are
serialized by its lock, one would measure the lock).

Each run lasts --seconds: every client sends its next request as soon as the previous one
answered (a client registers a worker to an activity, each pair once, consecutive pairs on
different activities; or searches a word as a worker). It reports requests per second,
p50/p95 latency and errors (any status but 200/201), first with zope2 taken out of HAProxy's
rotation (``disable server``: it keeps running, idle), then with both; and, for each run,
the CPU each program used (``/proc/PID/stat``: Zope processes, PostgreSQL and its backends,
Solr, HAProxy, this client), in cores, to say what bounds the machine. The JSON report goes
to --json [~/.cache/fmm-extranet/bench-cluster.json]. Everything started here is stopped
(by PID) at the end; --keep keeps the folder.
"""

from pathlib import Path
import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time


ROOT = Path(__file__).resolve().parents[2]
#: Words searched (demo content, frequent and rare), as a worker.
SEARCHED = ["santé", "atelier", "réunion", "formation", "maison", "écologie", "prévention", "groupe"]
#: Statuses that count as answered: the rest are errors.
ANSWERED = (200, 201)


# ---------------------------------------------------------------- CPU per program


def cpu_seconds(pid):
    """User + system CPU seconds of ``pid`` so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid):
    """``pid`` and every process below it (PostgreSQL's backends, HAProxy's worker)."""
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        todo.extend(children.get(found[-1], []))
    return found


def machine_busy_seconds():
    """CPU seconds every core of the machine spent busy so far (/proc/stat)."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = (
        int(value) for value in Path("/proc/stat").read_text().split()[1:9]
    )
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """CPU used by each program during a run: ``{program: cores}`` (CPU seconds / wall
    seconds), and ``others``: whatever else ran on the machine meanwhile."""

    def __init__(self, cluster, solr_home):
        self.roots = {
            **{name: cluster.pids.alive(name) for name in cluster.zope_names()},
            "postgres": int((cluster.postgres.folder / "postmaster.pid").read_text().split()[0]),
            "solr": int((solr_home / "solr.pid").read_text().strip()),
            "haproxy": cluster.pids.alive("haproxy"),
            "client (this)": os.getpid(),
        }

    def sample(self):
        return {
            name: {pid: cpu_seconds(pid) for pid in descendants(root)} for name, root in self.roots.items()
        }

    def spent(self, name, now):
        """CPU seconds of the processes of ``name`` since ``start`` (those born since: all theirs)."""
        return sum(seconds - self.first[name].get(pid, 0.0) for pid, seconds in now.items())

    def start(self):
        self.began, self.busy, self.first = time.monotonic(), machine_busy_seconds(), self.sample()

    def stop(self):
        wall, busy, last = time.monotonic() - self.began, machine_busy_seconds() - self.busy, self.sample()
        used = {name: self.spent(name, pids) for name, pids in last.items()}
        used["others"] = max(busy - sum(used.values()), 0.0)
        return {name: round(seconds / wall, 2) for name, seconds in used.items()}


# ---------------------------------------------------------------- load


def run_load(base_url, clients, seconds, next_request):
    """Send requests from ``clients`` threads for ``seconds``: ``next_request()`` gives
    ``(method, path, json, auth)``, None when none is left. Requests per second, p50/p95 (ms), errors."""
    from bench_search import percentile
    import requests

    durations, errors, lock = [], {}, threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        session = requests.Session()
        session.headers["Accept"] = "application/json"
        while time.monotonic() < deadline:
            with lock:
                request = next_request()
            if request is None:
                break  # nothing left to send
            method, path, body, auth = request
            started = time.perf_counter()
            try:
                status = session.request(
                    method, f"{base_url}/{path}", json=body, auth=auth, timeout=120
                ).status_code
            except requests.RequestException as error:
                status = type(error).__name__
            elapsed = time.perf_counter() - started
            with lock:
                if status in ANSWERED:
                    durations.append(elapsed)
                else:
                    errors[str(status)] = errors.get(str(status), 0) + 1

    began = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - began
    return {
        "requests": len(durations),
        "per_second": round(len(durations) / wall, 1),
        "p50_ms": round(percentile(durations, 50) * 1000) if durations else None,
        "p95_ms": round(percentile(durations, 95) * 1000) if durations else None,
        "errors": errors,
    }


def workloads(seeded):
    """{name: next_request}: searches of ``SEARCHED`` words by the seeded workers in turn;
    registrations, each (worker, activity) pair once, consecutive ones by different workers
    to different activities (neither the activity's lock nor the worker is shared by
    concurrent clients); None when every pair is used."""
    emails, activities, password = seeded["emails"], seeded["activities"], seeded["password"]
    words, searchers = itertools.cycle(SEARCHED), itertools.cycle(emails)
    pairs = iter(
        (emails[worker], activities[(worker + turn) % len(activities)])
        for turn in range(len(activities))
        for worker in range(len(emails))
    )

    def search():
        return "GET", f"Plone/@search?SearchableText={next(words)}", None, (next(searchers), password)

    def registration():
        email, activity = next(pairs, (None, None))
        return email and ("POST", f"{activity}/@registration", {"answers": {}}, (email, password))

    return {"@search": search, "registration": registration}


# ---------------------------------------------------------------- driver


def servers(folder):
    """Solr and an SMTP server that drops the mails, started, and the cluster (not yet), in ``folder``."""
    from aiosmtpd.controller import Controller
    from bench_search import free_ports
    from cluster import Cluster

    class Drop:
        async def handle_DATA(self, server, session, envelope):
            return "250 Message accepted"

    listen, pg, zope1, zope2, solr_port, smtp_port = free_ports(6)
    solr_home = folder / "solr"
    subprocess.run(
        [ROOT / "backend/solr/solr.sh", "start", "--port", str(solr_port), "--home-data", str(solr_home)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    smtp = Controller(Drop(), hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    site_args = ["--solr-port", str(solr_port), "--smtp-port", str(smtp_port)]
    cluster = Cluster(
        folder,
        f"127.0.0.1:{listen}",
        pg,
        (zope1, zope2),
        interval=0,
        site_args=[*site_args, "--public-url", "http://127.0.0.1:3000"],
    )
    cluster.solr_home, cluster.smtp = solr_home, smtp
    return cluster


def measure(cluster, seeded, args):
    """{processes: {workload: {clients: result}}}: one process (zope2 out of HAProxy), then two."""
    base_url = f"http://{cluster.listen}"
    meter = CpuMeter(cluster, cluster.solr_home)
    next_requests = workloads(seeded)
    results = {}
    for processes in (1, 2):
        if processes == 1:
            cluster.disable("zope2")
        else:
            cluster.enable("zope2")
        results[processes] = {}
        for name, next_request in next_requests.items():
            run_load(base_url, max(args.clients), 3, next_request)  # warm-up, not counted
            results[processes][name] = {}
            for clients in args.clients:
                print(
                    f"  {processes} process(es), {name}, {clients} clients ...", file=sys.stderr, flush=True
                )
                meter.start()
                result = run_load(base_url, clients, args.seconds, next_request)
                result["cpu_cores"] = meter.stop()
                results[processes][name][clients] = result
    return results


def table(results, clients_list):
    """Both configurations side by side, then the CPU each program used in each run."""
    head = f"{'':<14}{'clients':>8}" + "".join(
        f"{f'{p} Zope process' + ('es' if p > 1 else ''):>36}" for p in results
    )
    sub = f"{'':<22}" + f"{'req/s':>9}{'p50 ms':>8}{'p95 ms':>8}{'errors':>11}" * len(results)
    lines = [head, sub]
    for name in results[1]:
        for clients in clients_list:
            cells = ""
            for by_name in results.values():
                r = by_name[name][clients]
                errors = sum(r["errors"].values())
                cells += f"{r['per_second']:>9}{r['p50_ms'] or '-':>8}{r['p95_ms'] or '-':>8}{errors:>11}"
            lines.append(f"{name:<14}{clients:>8}{cells}")
    programs = list(results[1][next(iter(results[1]))][clients_list[0]]["cpu_cores"])
    lines += ["", f"CPU used during each run, in cores (of {os.cpu_count()}; others: everything else)"]
    lines.append(f"{'':<26}" + "".join(f"{p:>15}" for p in [*programs, "machine"]))
    for processes, by_name in results.items():
        for name, by_clients in by_name.items():
            for clients, r in by_clients.items():
                cores = r["cpu_cores"]
                label = f"{processes}p {name} {clients}c"
                row = "".join(f"{cores[p]:>15}" for p in programs) + f"{sum(cores.values()):>15.2f}"
                lines.append(f"{label:<26}{row}")
    return "\n".join(lines)


def drive(argv):
    from bench_search import machine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20, help="each run's length [20]")
    parser.add_argument("--clients", default="8,32", help="concurrent clients [8,32]")
    parser.add_argument("--workers", type=int, default=100, help="seeded workers [100]")
    parser.add_argument("--activities", type=int, default=40, help="seeded activities [40]")
    parser.add_argument("--json", type=Path, default=Path.home() / ".cache/fmm-extranet/bench-cluster.json")
    parser.add_argument("--keep", action="store_true", help="keep the cluster's folder")
    args = parser.parse_args(argv)
    args.clients = [int(c) for c in args.clients.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="fmm-bench-cluster-"))
    folder.chmod(0o755)  # PostgreSQL's own user enters it (as root)
    began = time.monotonic()
    cluster = None
    try:
        cluster = servers(folder)
        cluster.start()
        seeded = cluster.seed(int(time.time()), args.workers, args.activities, places=args.workers, days=7)
        print(
            f"seeded {len(seeded['emails'])} workers, {len(seeded['activities'])} activities", file=sys.stderr
        )
        results = measure(cluster, seeded, args)
    finally:
        if cluster is not None:
            cluster.stop()
            cluster.smtp.stop()
        subprocess.run(
            [ROOT / "backend/solr/solr.sh", "stop", "--home-data", str(folder / "solr")],
            check=False,
            stdout=subprocess.DEVNULL,
        )
        if args.keep:
            print(f"kept {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"Cluster through HAProxy, {args.seconds:g} s per run; {machine()}")
    print(table(results, args.clients))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "machine": machine(),
        "seconds_per_run": args.seconds,
        "workers": args.workers,
        "activities": args.activities,
        "total_seconds": round(time.monotonic() - began),
        "results": results,
    }
    args.json.write_text(json.dumps(report, indent=2))
    print(f"report: {args.json}")


if __name__ == "__main__":
    drive(sys.argv[1:])
