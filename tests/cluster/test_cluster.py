"""The cluster (backend/scripts/cluster.py) through HAProxy only: registrations racing
on both Zope processes, rate limits and the login brake shared by the processes, the
scheduler's jobs run once. ``make test-cluster`` (FMM_CLUSTER_TESTS=1)."""

from base64 import b64encode
from concurrent.futures import ThreadPoolExecutor
from fmm_extranet.demo import PDF_ONLY_WORD
import http.client
import json
import pytest
import time
import urllib.request
import uuid


class Client:
    """Requests to HAProxy from one loopback address (HAProxy's X-Forwarded-For names it)."""

    def __init__(self, listen, address="127.0.0.1"):
        self.host, self.port = listen.rsplit(":", 1)
        self.address = address

    def call(self, method, path, body=None, auth=None):
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if auth:
            headers["Authorization"] = "Basic " + b64encode(":".join(auth).encode()).decode()
        connection = http.client.HTTPConnection(
            self.host, int(self.port), timeout=120, source_address=(self.address, 0)
        )
        try:
            connection.request(method, f"/{path}", json.dumps(body) if body is not None else None, headers)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        return response.status, json.loads(data) if data.startswith((b"{", b"[")) else data


def served(cluster):
    """Requests answered so far by each Zope process (HAProxy's stats)."""
    return {row["svname"]: int(row["stot"]) for row in cluster.stats() if row["svname"].startswith("zope")}


def more_served(cluster, before):
    return {name: count - before[name] for name, count in served(cluster).items()}


@pytest.fixture(scope="module")
def seeded(cluster):
    """40 workers and a 10-place activity starting tomorrow, created by a third process on
    the database."""
    seeded = cluster.seed(uuid.uuid4().hex[:6], workers=40, activities=1, places=10, days=1)
    return {**seeded, "activity": seeded["activities"][0]}


def states(client, activity):
    status, answer = client.call("GET", f"{activity}/@registrations?b_size=100", auth=("admin", "admin"))
    assert status == 200, answer
    found = {}
    for item in answer["items"]:
        found[item["state"]] = found.get(item["state"], 0) + 1
    return found


def test_solr_extracted_the_demo_pdf_from_its_bytes(cluster):
    """Blobs live in PostgreSQL: Solr was sent the PDF's bytes, never a path."""
    url = f"{cluster.solr.core_url}/select?q=SearchableText:{PDF_ONLY_WORD}&wt=json"
    with urllib.request.urlopen(url, timeout=30) as response:
        assert json.load(response)["response"]["numFound"] >= 1


def test_concurrent_registrations_fill_the_places_exactly(cluster, seeded):
    client = Client(cluster.listen)
    activity, password = seeded["activity"], seeded["password"]
    before = served(cluster)

    def register(email):
        return client.call("POST", f"{activity}/@registration", {"answers": {}}, auth=(email, password))

    with ThreadPoolExecutor(40) as pool:
        answers = list(pool.map(register, seeded["emails"]))
    assert [status for status, _ in answers if status >= 500] == []
    assert {status for status, _ in answers} == {201}, answers
    assert sorted(answer["state"] for _, answer in answers) == ["confirmed"] * 10 + ["waiting"] * 30
    assert all(count > 0 for count in more_served(cluster, before).values()), served(cluster)
    assert states(client, activity) == {"confirmed": 10, "waiting": 30}

    confirmed = next(
        email
        for email, (_, answer) in zip(seeded["emails"], answers, strict=True)
        if answer["state"] == "confirmed"
    )
    status, answer = client.call("DELETE", f"{activity}/@registration", auth=(confirmed, password))
    assert status == 200, answer
    assert states(client, activity) == {"confirmed": 10, "waiting": 29, "cancelled": 1}


def test_the_reminder_job_runs_once_although_both_processes_tick(cluster, seeded):
    """Both processes run the scheduler every 2 s: each participant is reminded once."""
    ours = set(seeded["emails"])

    def reminders():
        return [
            m["To"] for m in cluster.inbox.messages if m["To"] in ours and m["Subject"].startswith("Rappel")
        ]

    deadline = time.monotonic() + 60
    while len(set(reminders())) < 10 and time.monotonic() < deadline:
        time.sleep(1)
    time.sleep(8)  # a few more rounds of both schedulers
    received = reminders()
    assert len(set(received)) >= 10
    assert len(received) == len(set(received)), sorted(received)


def test_the_rate_limit_holds_whichever_process_answers(cluster):
    before = served(cluster)
    one = Client(cluster.listen, "127.0.0.9")
    statuses = [
        one.call("POST", "Plone/@password-reset", {"email": f"x{index}@example.org"})[0] for index in range(6)
    ]
    assert statuses == [202] * 5 + [429]
    assert all(count >= 2 for count in more_served(cluster, before).values()), served(cluster)
    others = [Client(cluster.listen, f"127.0.0.{10 + index}") for index in range(7)]
    statuses = [
        client.call("POST", "Plone/@password-reset", {"email": f"y{index}@example.org"})[0]
        for index, client in enumerate(others)
    ]
    assert statuses == [202] * 7


def test_the_login_brake_holds_whichever_process_answers(cluster, seeded):
    before = served(cluster)
    client = Client(cluster.listen, "127.0.0.30")
    email = seeded["emails"][-1]
    statuses = [
        client.call("POST", "Plone/@login", {"login": email, "password": "wrong"})[0] for _ in range(5)
    ]
    assert statuses == [401] * 5
    status, answer = client.call("POST", "Plone/@login", {"login": email, "password": seeded["password"]})
    assert status == 429, answer
    assert all(count >= 2 for count in more_served(cluster, before).values()), served(cluster)
