"""Failover of the cluster through HAProxy: a Zope process killed (SIGKILL) during a
registration load, a mail sent while a process is down. Each test restarts what it
killed: the next modules find both processes up. ``make test-cluster`` (FMM_CLUSTER_TESTS=1)."""

from concurrent.futures import ThreadPoolExecutor
from tests.cluster import test_cluster
from tests.cluster.test_cluster import Client
from tests.cluster.test_cluster import more_served
from tests.cluster.test_cluster import served
import http.client
import pytest
import threading
import time


seeded = test_cluster.seeded  # the same fixture: this module's own 40 workers and activity

#: What HAProxy answers, or the client sees, while a process dies: the request is sent again.
RETRIED = (502, 503)
#: The mail queue's round (zope.sendmail's QueueProcessorThread), seconds.
QUEUE_ROUND = 3
RESET_SUBJECT = "Choisissez un nouveau mot de passe"


def call_again_while_failing(client, *args, **kwargs):
    """``(status, answer, tries)`` of ``client.call``, sent again while HAProxy answers
    502/503 or the connection drops (a process killed under the request)."""
    for tries in range(1, 11):
        try:
            status, answer = client.call(*args, **kwargs)
        except (ConnectionError, http.client.HTTPException):
            status, answer = None, None
        if status is not None and status not in RETRIED:
            return status, answer, tries
        time.sleep(0.5)
    raise AssertionError(f"no answer after {tries} tries: {status} {answer}")


def wait_until(check, what, seconds):
    """Seconds until ``check()`` is true."""
    began = time.monotonic()
    while not check():
        assert time.monotonic() - began < seconds, f"{what}: not after {seconds} s"
        time.sleep(0.2)
    return time.monotonic() - began


class Failover:
    """Zope processes killed (SIGKILL) by a test, and restarted."""

    def __init__(self, cluster):
        self.cluster, self.down = cluster, []

    def kill(self, name):
        """Seconds until HAProxy reports ``name`` DOWN."""
        self.down.append(name)
        self.cluster.kill(name)
        return wait_until(lambda: self.cluster.server_status(name).startswith("DOWN"), f"{name} DOWN", 10)

    def restart(self, name):
        """Start ``name`` again and see HAProxy send it requests (its count grows)."""
        self.cluster.restart(name)
        self.down.remove(name)
        before = served(self.cluster)
        client = Client(self.cluster.listen)
        for _ in range(6):  # round robin: some reach the restarted process
            assert client.call("GET", "@@ok")[0] == 200
        assert more_served(self.cluster, before)[name] > 0, served(self.cluster)


@pytest.fixture
def failover(cluster):
    """Kills Zope processes; whatever is still down at the end of the test is restarted."""
    failover = Failover(cluster)
    yield failover
    for name in list(failover.down):
        failover.restart(name)


def test_a_process_killed_during_registrations_loses_nothing(cluster, seeded, failover):
    """40 workers register at once; zope1 is killed mid-way: the requests it held are
    sent again (HAProxy answered 502/503, or the connection dropped), HAProxy routes the
    rest to zope2, and the totals are exact."""
    client = Client(cluster.listen)
    activity, password = seeded["activity"], seeded["password"]
    answered = threading.Semaphore(0)

    def register(email):
        result = call_again_while_failing(
            client, "POST", f"{activity}/@registration", {"answers": {}}, auth=(email, password)
        )
        answered.release()
        return result

    with ThreadPoolExecutor(40) as pool:
        results = pool.map(register, seeded["emails"])
        for _ in range(10):
            answered.acquire(timeout=120)
        down_after = failover.kill("zope1")
        before = served(cluster)
        results = list(results)
    assert down_after < 5, f"zope1 left HAProxy's rotation after {down_after:.1f} s"
    assert [status for status, _, _ in results if status >= 500] == []
    retried = [(status, answer) for status, answer, tries in results if tries > 1]
    assert retried, "zope1 was killed while it held no request"
    # answered on the first try: registered (201); again after a failure: registered now, or
    # the killed process had committed the registration before dying (400: already registered)
    assert {status for status, _, tries in results if tries == 1} == {201}, results
    assert {status for status, _ in retried} <= {201, 400}, retried
    assert more_served(cluster, before)["zope2"] > 0

    status, answer = client.call("GET", f"{activity}/@registrations?b_size=100", auth=("admin", "admin"))
    assert status == 200, answer
    state = {item["user_id"]: item["state"] for item in answer["items"]}
    assert len(answer["items"]) == len(state) == 40  # nobody twice
    assert (answer["confirmed"], answer["waiting"]) == (10, 30)
    assert all(state[item["user_id"]] == item["state"] for status, item, _ in results if status == 201)

    def notices():  # registration notices: never doubled
        return [
            m["To"]
            for m in cluster.inbox.messages
            if m["To"] in seeded["emails"] and not m["Subject"].startswith("Rappel")
        ]

    time.sleep(2 * QUEUE_ROUND)
    assert len(notices()) == len(set(notices())), sorted(notices())
    failover.restart("zope1")


def test_a_mail_sent_while_a_process_is_down_arrives_once(cluster, failover):
    """A password reset through HAProxy while zope2 is killed: zope1 sends it, it arrives
    once; zope2 restarted empties the same Maildir queue and never sends it again."""
    inbox = cluster.inbox

    def resets(address):
        return [m for m in inbox.to(address) if m["Subject"] == RESET_SUBJECT]

    failover.kill("zope2")
    before = served(cluster)
    status, _, _ = call_again_while_failing(
        Client(cluster.listen, "127.0.0.41"),
        "POST",
        "Plone/@password-reset",
        {"email": "medecin.bruxelles@demo.fmm.be"},
    )
    assert status == 202
    assert more_served(cluster, before) == {"zope1": 1, "zope2": 0}
    wait_until(lambda: resets("medecin.bruxelles@demo.fmm.be"), "the reset mail", 30)

    failover.restart("zope2")
    cluster.disable("zope1")  # zope2 alone sends a mail: its queue thread reads the Maildir
    try:
        before = served(cluster)
        status, _ = Client(cluster.listen, "127.0.0.42").call(
            "POST", "Plone/@password-reset", {"email": "membre.gt@demo.fmm.be"}
        )
        assert status == 202
        assert more_served(cluster, before) == {"zope1": 0, "zope2": 1}
    finally:
        cluster.enable("zope1")
    wait_until(lambda: resets("membre.gt@demo.fmm.be"), "zope2's mail", 30)
    time.sleep(2 * QUEUE_ROUND)  # more rounds of both queues
    assert len(resets("medecin.bruxelles@demo.fmm.be")) == 1
    assert len(resets("membre.gt@demo.fmm.be")) == 1
