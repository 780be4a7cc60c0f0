"""Benchmark of full-text search: Solr (collective.solr) against the portal catalog alone.

    .venv/bin/python backend/scripts/bench_search.py [--docs 2000] [--repeat 5] [--keep]

Not a test, and it never touches instance/ nor var/: on free 127.0.0.1 ports and in
a temporary folder it starts a real Solr (backend/solr/solr.sh), generates a Zope
instance (make_instance.py) and builds a throw-away site (this same file, run by
``zconsole`` with ``build``): a medical house, one active worker (a nurse, member of
two of the four working groups), 13 group spaces (5 thematic areas open to every
worker, 4 working groups, 4 sectoral groups) and N generated one-page PDFs spread
across them, their text drawn from a seeded vocabulary (a few hundred French
health and social-care words plus thousands of generated ones, Zipf-distributed),
then activities, news and announcements in the seeds' proportion to documents.
It reports:

* indexing: creating the N files with Solr active (catalog + Solr through
  collective.solr's queue, Tika extracting each PDF, a commit every 50 files),
  then ``solr_reindex`` of the whole site (what backend/scripts/solr_reindex.py
  runs), in documents per second;
* Solr warmed first: a new JVM compiles its code while it answers, and spends 3–5 times
  the CPU a query for its first thousand queries (measured on the seed-scale site: 59 ms
  in the first 150, 12 ms after 1,000); ``WARM_ROUNDS`` passes of the raw Solr queries
  below, their CPU a query printed, so that what follows is a running Solr's;
* query latency of plone.restapi's ``@search`` over HTTP (the add-on's service with
  facets and snippets, asked as Volto's search page asks: 20 per page), 50 queries (frequent, medium and rare
  words, pairs of words, absent words), each run --repeat times in shuffled order as
  the active worker, after one warm-up pass: first with Solr active, then with Solr
  deactivated (``collective.solr.active`` false: the catalog answers), p50/p95 and
  the catalog/Solr ratios. The backend is runwsgi (waitress, 4 threads); the client
  sends one query at a time;
* load runs: p50/p95 at 1 and 8 concurrent clients (``--clients``) of @search, raw
  Solr ``/select`` (the same queries with the worker's security filter), @documents,
  @search-suggest, @agenda, the home page's requests, @my-shortcuts, @directory and
  @medical-houses (``endpoint_requests``), and each p50 as a multiple of raw Solr's.

``--site DIR`` keeps the site there and reuses it (``seed_scale.py``'s too), measured as
the code's: its profile upgraded, its Solr given this configset and reindexed when the
schema changed; ``--json`` writes the report. ``--compare A.json [B.json]`` measures
nothing: it prints reports side by side and exits 1 when an endpoint's p50 ratios to raw
Solr are more than 25 % worse than in ``backend/bench-baseline.json`` at 1 and at 8 clients
alike (``--update-baseline`` rewrites it instead).

Everything started here is stopped (by PID) at the end; --keep keeps the folder.
"""

from pathlib import Path
import argparse
import datetime
import filecmp
import itertools
import json
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import types


SCRIPT = Path(globals().get("__file__") or sys.argv[3]).resolve()  # zconsole gives no __file__
ROOT = SCRIPT.parents[2]
VENV = ROOT / ".venv" / "bin"
SOLR_SH = ROOT / "backend" / "solr" / "solr.sh"
CONFIGSET = ROOT / "backend" / "solr" / "configset" / "plone" / "conf"
REINDEX_SCRIPT = ROOT / "backend" / "scripts" / "solr_reindex.py"
SITE_ID = "Plone"
ADMIN = ("admin", "bench-admin")
WORKER_ID = "bench_worker"
WORKER_LOGIN = "bench.worker@bench.fmm.be"
WORKER_PASSWORD = "bench-worker-2026"
COMMIT_EVERY = 50
SEED = 2026
#: The seeds' figures (the movement's size, seed_scale.py at scale 1); the 2k site has
#: the same share of publications per document.
SEED_COUNTS = {
    "workers": 4000,
    "pdfs": 3000,
    "pages": 17000,
    "activities": 3000,
    "registrations": 300,
    "news": 2000,
    "announcements": 500,
}
PUBLICATIONS = ("activities", "registrations", "news", "announcements")

# ---------------------------------------------------------------- vocabulary

#: Real words of the sector (the frequent end of the vocabulary).
# fmt: off
WORDS = ["santé", "soins", "patient", "patiente", "équipe", "maison", "médicale", "médecin", "généraliste", "infirmier", "infirmière", "kinésithérapeute", "accueil", "accueillant", "psychologue", "assistant", "social", "diététicien", "logopède", "prévention", "promotion", "communautaire", "quartier", "réunion", "compte", "rendu", "décision", "suivi", "dossier", "consultation", "visite", "domicile", "forfait", "mutualité", "inami", "assurance", "remboursement", "prescription", "ordonnance", "médicament", "vaccination", "dépistage", "diabète", "hypertension", "asthme", "obésité", "tabac", "alcool", "assuétudes", "drogue", "réduction", "risques", "santé", "mentale", "dépression", "anxiété", "burnout", "souffrance", "précarité", "pauvreté", "logement", "migrant", "réfugié", "sans-papiers", "interprète", "langue", "culture", "discrimination", "égalité", "genre", "violence", "enfant", "adolescent", "jeune", "adulte", "personne", "âgée", "aidant", "proche", "famille", "parentalité", "grossesse", "naissance", "allaitement", "contraception", "sexualité", "écologie", "environnement", "pollution", "air", "eau", "chaleur", "alimentation", "activité", "physique", "sport", "marche", "vélo", "mobilité", "accessibilité", "handicap", "chronique", "pathologie", "maladie", "douleur", "palliatif", "fin", "de", "vie", "euthanasie", "deuil", "secret", "professionnel", "confidentialité", "éthique", "déontologie", "déontologique", "dossier", "partagé", "informatique", "logiciel", "données", "protection", "vie", "privée", "rgpd", "formation", "stage", "stagiaire", "maître", "supervision", "intervision", "concertation", "coordination", "multidisciplinaire", "pluridisciplinaire", "intégrée", "première", "ligne", "réseau", "hôpital", "urgence", "garde", "nuit", "week-end", "permanence", "téléphone", "rendez-vous", "horaire", "agenda", "planning", "organisation", "gestion", "budget", "subside", "financement", "comptabilité", "ressources", "humaines", "recrutement", "contrat", "bénévole", "administration", "conseil", "assemblée", "générale", "statuts", "asbl", "fédération", "intergroupe", "bruxelles", "wallonie", "liège", "charleroi", "namur", "mons", "verviers", "huy", "seraing", "schaerbeek", "anderlecht", "molenbeek", "ixelles", "forest", "uccle", "jette", "evere", "laeken", "politique", "plaidoyer", "campagne", "manifestation", "négociation", "convention", "accord", "protocole", "évaluation", "qualité", "indicateur", "démarche", "amélioration", "dequap", "audit", "enquête", "questionnaire", "satisfaction", "participation", "citoyenne", "usager", "usagère", "comité", "patients", "animation", "atelier", "groupe", "parole", "sensibilisation", "information", "brochure", "affiche", "outil", "guide", "fiche", "recommandation", "bonne", "pratique", "littérature", "étude", "recherche", "publication", "statistique", "épidémiologie", "covid", "pandémie", "grippe", "infection", "hygiène", "désinfection", "masque"]  # noqa: E501

SYLLABLES = ["ba", "be", "bi", "bo", "bu", "ca", "ce", "ci", "co", "cu", "da", "de", "di", "do", "du", "fa", "fe", "fi", "fo", "fu", "ga", "ge", "gi", "go", "gu", "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo", "mu", "na", "ne", "ni", "no", "nu", "pa", "pe", "pi", "po", "pu", "ra", "re", "ri", "ro", "ru", "sa", "se", "si", "so", "su", "ta", "te", "ti", "to", "tu", "va", "ve", "vi", "vo", "vu", "za", "zo", "tri", "pro", "pla", "cri", "gro", "bra", "stre", "vin", "mon", "ter", "sel", "dur", "pal", "lin"]  # noqa: E501
# fmt: on
ENDINGS = ("tion", "isme", "ique", "ment", "ance", "eur", "ose", "ite", "al", "iste", "age")


def vocabulary(size=5000, rnd=None):
    """The sector's words first, then generated ones: rank 1 is the most frequent."""
    rnd = rnd or random.Random(SEED)
    words, seen = list(dict.fromkeys(WORDS)), set(WORDS)
    while len(words) < size:
        word = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))) + rnd.choice(ENDINGS)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Zipf:
    def __init__(self, words, s=1.07, rnd=None):
        self.words = words
        self.rnd = rnd or random.Random(SEED)
        # cumulated once (choices() would sum the weights at each call): the same draws
        self.cum_weights = list(itertools.accumulate(1 / (rank**s) for rank in range(1, len(words) + 1)))

    def sample(self, k):
        return self.rnd.choices(self.words, cum_weights=self.cum_weights, k=k)


def document_text(zipf, rnd):
    """Title, description and 40 lines of ~10 words for one PDF."""
    title = " ".join(zipf.sample(rnd.randint(3, 6))).capitalize()
    description = " ".join(zipf.sample(12)).capitalize() + "."
    lines = [" ".join(zipf.sample(10)) for _ in range(40)]
    return title, description, lines


def queries(words):
    """50 queries: (kind, text), from the vocabulary's ranks."""
    rnd = random.Random(SEED + 1)
    frequent = rnd.sample(words[10:150], 15)
    medium = rnd.sample(words[400:1500], 15)
    rare = rnd.sample(words[3000:5000], 10)
    pairs = [
        f"{a} {b}" for a, b in zip(rnd.sample(words[10:150], 8), rnd.sample(words[150:800], 8), strict=True)
    ]
    absent = ["zorglubique", "xylophonetique"]
    return (
        [("frequent word", q) for q in frequent]
        + [("medium word", q) for q in medium]
        + [("rare word", q) for q in rare]
        + [("two words", q) for q in pairs]
        + [("absent word", q) for q in absent]
    )


# ---------------------------------------------------------------- build (inside zconsole)


class Progress:
    """A progress bar on stderr: ``label [####....] done/total rate/s``."""

    def __init__(self, label, total):
        self.label, self.total, self.started = label, max(total, 1), time.monotonic()

    def __call__(self, done):
        if done % 50 and done != self.total:
            return
        share = done / self.total
        rate = done / max(time.monotonic() - self.started, 1e-6)
        bar = "#" * int(30 * share) + "." * (30 - int(30 * share))
        print(f"\r{self.label:<14}[{bar}] {done}/{self.total} {rate:7.1f}/s", end="", file=sys.stderr)
        if done == self.total:
            print(file=sys.stderr)


def batch(items, label, make, every=200):
    """``make(index, item)`` for each item, committing every ``every``, with a progress bar."""
    import transaction

    progress = Progress(label, len(items))
    for index, item in enumerate(items):
        make(index, item)
        if (index + 1) % every == 0:
            transaction.commit()
            transaction.get().note(f"bench: {label}")
        progress(index + 1)
    transaction.commit()


def create_publications(portal, n, zipf, houses):
    """``n["activities"]`` activities over two years from January 2026 (the first
    ``n["registrations"]`` open to registration), ``n["news"]`` news items and
    ``n["announcements"]`` announcements spread over ``houses``."""
    from datetime import datetime
    from datetime import timedelta
    from fmm_extranet.core.vocabularies import registry_terms
    from plone import api
    import pytz

    tz = pytz.timezone("Europe/Brussels")
    activity_types = [token for token, _label in registry_terms("activity_types")]
    announcement_types = [t for t, _label in registry_terms("announcement_types") if t != "job_offer"]
    first_day = datetime(2026, 1, 5, 9)

    def make_activity(index, _):
        start = tz.localize(first_day + timedelta(days=index % 730, hours=index % 8))
        registration = index < n["registrations"]
        api.content.create(
            container=portal["agenda"],
            type="Activity",
            id=f"a-{index:05d}",
            title=f"Activité {index}: {' '.join(zipf.sample(4))}",
            activity_type=activity_types[index % len(activity_types)],
            start=start,
            end=start + timedelta(hours=3),
            location="Bruxelles",
            registration_enabled=registration,
            capacity=20 if registration else None,
        )

    def make_news(index, _):
        api.content.create(
            container=portal["actualites"],
            type="News Item",
            id=f"n-{index:05d}",
            title=f"Actualité {index}: {' '.join(zipf.sample(5))}",
            description=" ".join(zipf.sample(20)),
        )

    def make_announcement(index, _):
        api.content.create(
            container=houses[index % len(houses)],
            type="Announcement",
            id=f"an-{index:05d}",
            title=f"Annonce {index}: {' '.join(zipf.sample(4))}",
            announcement_type=announcement_types[index % len(announcement_types)],
        )

    batch(range(n["activities"]), "activities", make_activity)
    batch(range(n["news"]), "news", make_news)
    batch(range(n["announcements"]), "announcements", make_announcement)


def new_site(app, title, solr_port, solr_active):
    """The benchmark's site (``SITE_ID``, with the extranet's profile and its admin),
    pointed at the Solr on ``solr_port``, sending to it or not yet."""
    from plone import api
    from Products.CMFPlone.factory import addPloneSite
    from zope.component.hooks import setSite

    app.acl_users._doAddUser(ADMIN[0], ADMIN[1], ["Manager"], [])
    portal = addPloneSite(
        app,
        SITE_ID,
        title=title,
        setup_content=False,
        default_language="fr",
        extension_ids=("plone.app.contenttypes:default", "plone.volto:default", "fmm_extranet:default"),
        portal_timezone="Europe/Brussels",
    )
    setSite(portal)
    api.portal.set_registry_record("collective.solr.host", "127.0.0.1")
    api.portal.set_registry_record("collective.solr.port", solr_port)
    api.portal.set_registry_record("collective.solr.active", solr_active)
    return portal


def build(app, argv):
    """Create the site, the people, the spaces and the PDFs; time the indexing."""
    from fmm_extranet.demo.pdf import text_pdf
    from fmm_extranet.people.workers import create_worker
    from fmm_extranet.people.workers import functions
    from fmm_extranet.search.reindex import solr_reindex
    from plone import api
    from plone.namedfile.file import NamedBlobFile
    import transaction

    parser = argparse.ArgumentParser(prog="bench_search.py build")
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--solr-port", type=int, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    timings = {}

    started = time.monotonic()
    portal = new_site(app, "Benchmark", args.solr_port, solr_active=True)
    house = api.content.create(
        container=portal["maisons-medicales"],
        type="MedicalHouse",
        id="mm-bench",
        title="Maison médicale du Banc d'essai",
        number=1,
        street="Rue de l'Essai 1",
        postal_code="4000",
        municipality="Liège",
        intergroup="igl",
        payment_mode="forfait",
        geolocation={"latitude": 50.6326, "longitude": 5.5797},
        zone_postal_codes=["4000", "4020"],
    )
    create_worker(
        portal["travailleurs"],
        WORKER_ID,
        WORKER_LOGIN,
        first_name="Bench",
        last_name="Worker",
        jobs=[(house.UID(), functions("infirmier"))],
        status="active",
        password=WORKER_PASSWORD,
    )
    spaces = []
    for index, title in enumerate(
        ("Santé mentale", "Écologie et santé", "Secret professionnel", "Santé communautaire", "Assuétudes")
    ):
        spaces.append(
            api.content.create(
                container=portal["thematiques"], type="Thematic", id=f"thematique-{index}", title=title
            )
        )
    for index in range(4):
        spaces.append(
            api.content.create(
                container=portal["groupes-de-travail"],
                type="WorkingGroup",
                id=f"gt-{index}",
                title=f"Groupe de travail {index + 1}",
                members=[WORKER_ID] if index < 2 else [],
            )
        )
    for profession in ("infirmier", "medecin_generaliste", "kinesitherapeute", "accueillant"):
        spaces.append(
            api.content.create(
                container=portal["groupes-sectoriels"],
                type="SectoralGroup",
                id=f"gs-{profession}",
                title=f"Groupe sectoriel {profession}",
                profession=profession,
            )
        )
    # the worker reads the thematic areas, two working groups and the nurses' group
    readable = {s.getId() for s in spaces if not s.getId().startswith(("gt-2", "gt-3", "gs-"))}
    readable.add("gs-infirmier")
    folders = []  # (folder, id of its space)
    for space in spaces:
        documents = api.content.create(container=space, type="Folder", id="documents", title="Documents")
        for year in range(2021, 2026):
            folder = api.content.create(
                container=documents, type="Folder", id=str(year), title=f"Documents {year}"
            )
            folders.append((folder, space.getId()))
    transaction.commit()
    timings["site_seconds"] = time.monotonic() - started

    folder_list = [folder for folder, _ in folders]
    solr_time = time_solr_processor()
    rnd = random.Random(SEED)
    zipf = Zipf(vocabulary(rnd=random.Random(SEED)), rnd=rnd)
    # the PDFs are made first: the time measured is the site's (content, catalog, Solr)
    files = []
    for _number in range(args.docs):
        title, description, lines = document_text(zipf, rnd)
        files.append((title, description, text_pdf([title, ""] + lines)))
    pdf_bytes = sum(len(data) for _title, _description, data in files)
    started = time.monotonic()
    for number, (title, description, data) in enumerate(files):
        api.content.create(
            container=folder_list[number % len(folder_list)],
            type="File",
            id=f"doc-{number:05d}",
            title=title,
            description=description,
            file=NamedBlobFile(data=data, contentType="application/pdf", filename=f"doc-{number:05d}.pdf"),
        )
        if (number + 1) % COMMIT_EVERY == 0:
            transaction.commit()
            print(f"\r{number + 1}/{args.docs} files created", end="", file=sys.stderr, flush=True)
    transaction.commit()
    print(file=sys.stderr)
    timings["create_seconds"] = time.monotonic() - started
    timings["create_solr_seconds"] = solr_time["all"]
    timings["create_waiting_seconds"] = solr_time["waiting for texts"]
    timings["pdf_bytes"] = pdf_bytes

    documents = SEED_COUNTS["pdfs"] + SEED_COUNTS["pages"]
    counts = {name: max(1, round(SEED_COUNTS[name] * args.docs / documents)) for name in PUBLICATIONS}
    started = time.monotonic()
    create_publications(portal, counts, zipf, [house])
    timings["publications"] = counts
    timings["publications_seconds"] = time.monotonic() - started

    result = solr_reindex(portal)
    timings["reindex_seconds"] = result.seconds
    timings["reindex_total"] = result.total
    timings["reindex_indexed"] = result.indexed
    timings["reindex_failed"] = result.failed
    catalog = api.portal.get_tool("portal_catalog")
    timings["catalog_entries"] = len(catalog.unrestrictedSearchResults(path="/" + SITE_ID))
    timings["readable_share"] = sum(space in readable for _, space in folders) / len(folders)
    timings["principals"] = worker_principals(portal)
    timings["search_pattern"] = api.portal.get_registry_record("collective.solr.search_pattern")
    Path(args.out).write_text(json.dumps(timings))


def worker_principals(portal):
    """The worker's allowedRolesAndUsers as Solr indexes them (raw Solr's security filter)."""
    from collective.solr.utils import prepareData

    user = portal.acl_users.getUserById(WORKER_ID).__of__(portal.acl_users)
    data = {"allowedRolesAndUsers": portal.portal_catalog._listAllowedRolesAndUsers(user)}
    prepareData(data)
    return data["allowedRolesAndUsers"]


def time_solr_processor():
    """Seconds spent from now on in collective.solr's queue processor (add, commit) and
    waiting for the texts Solr extracts meanwhile (search/extraction.py):
    ``{"all": …, "index <portal_type>": …, "waiting for texts": …}``."""
    from collections import Counter
    from collective.solr.indexer import SolrIndexProcessor
    from fmm_extranet.search.extraction import Waiting

    spent = Counter()

    def timed(name, method):
        def wrapper(processor, *args, **kwargs):
            started = time.monotonic()
            try:
                return method(processor, *args, **kwargs)
            finally:
                elapsed = time.monotonic() - started
                spent["all"] += elapsed
                if name == "index" and args:
                    spent[f"index {getattr(args[0], 'portal_type', '?')}"] += elapsed
                elif name == "complete":
                    spent["waiting for texts"] += elapsed

        return wrapper

    for name in ("index", "unindex", "commit"):  # reindex() calls index()
        setattr(SolrIndexProcessor, name, timed(name, getattr(SolrIndexProcessor, name)))
    Waiting.complete = timed("complete", Waiting.complete)
    return spent


# ---------------------------------------------------------------- driver


def free_ports(count):
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def machine():
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = int(Path("/proc/meminfo").read_text().split()[1]) // 1024 // 1024
    except OSError:
        mem = "?"
    return f"{cpu}, {os.cpu_count()} cores, {mem} GB RAM, Python {platform.python_version()}"


#: Passes of the raw Solr queries that warm Solr's JVM before anything is measured.
WARM_ROUNDS = 25


def process_cpu(pid):
    """Seconds of CPU the process ``pid`` has used (user and system)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def warm_solr(solr_url, solr_pid, params_list, rounds=WARM_ROUNDS):
    """Send Solr ``params_list`` ``rounds`` times (its JIT compiles meanwhile); Solr's CPU
    a query in ms, in each round."""
    import requests

    session, per_query = requests.Session(), []
    print(f"warming Solr ({rounds} x {len(params_list)} queries) ...", file=sys.stderr)
    for _ in range(rounds):
        before = process_cpu(solr_pid)
        for params in params_list:
            session.get(f"{solr_url}/select", params=params).raise_for_status()
        per_query.append(1000 * (process_cpu(solr_pid) - before) / len(params_list))
    return per_query


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


def wait_http(url, process, seconds, codes=(200, 401)):
    import requests

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"bench_search.py: the backend exited ({process.returncode})")
        try:
            if requests.get(url, timeout=10).status_code in codes:
                return
        except requests.RequestException:
            pass
        time.sleep(1)
    sys.exit(f"bench_search.py: {url} did not answer within {seconds} s")


def start_backend(folder, port, log_name="backend.log"):
    """The Zope process of the site kept in ``folder`` (its instance made by
    ``make_instance``), and the site's URL once it answers."""
    with open(folder / log_name, "w") as log:
        backend = subprocess.Popen(
            [VENV / "runwsgi", folder / "instance" / "etc" / "zope.ini"],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    site_url = f"http://127.0.0.1:{port}/{SITE_ID}"
    try:
        wait_http(f"{site_url}/++api++/", backend, 180)
    except BaseException:
        stop_backend(backend)
        raise
    return backend, site_url


def stop_backend(backend):
    if backend is not None and backend.poll() is None:
        backend.send_signal(signal.SIGTERM)
        try:
            backend.wait(30)
        except subprocess.TimeoutExpired:
            backend.kill()


def worker_session():
    """Requests as the benchmark's worker, answered in JSON."""
    import requests

    session = requests.Session()
    session.auth = (WORKER_LOGIN, WORKER_PASSWORD)
    session.headers["Accept"] = "application/json"
    return session


def run_queries(session, site_url, query_list, repeat):
    """{query: [seconds…]}, hits and whether Solr answered (snippets)."""
    timings = {text: [] for _, text in query_list}
    hits, solr_answers = {}, 0
    order = [text for _, text in query_list]
    rnd = random.Random(SEED + 2)
    for run in range(repeat + 1):  # run 0 warms up
        rnd.shuffle(order)
        for text in order:
            started = time.perf_counter()
            response = session.get(f"{site_url}/@search", params=search_page(text))
            elapsed = time.perf_counter() - started
            response.raise_for_status()
            body = response.json()
            if run == 0:
                hits[text] = body["items_total"]
                solr_answers += any("snippet" in item for item in body["items"])
            else:
                timings[text].append(elapsed)
    return timings, hits, solr_answers


def solr_qtimes(log, offset, count):
    """QTime (ms) of the last ``count`` /select requests logged by Solr after ``offset``."""
    import re

    text = log.read_bytes()
    text = text[offset:] if len(text) >= offset else text  # rotated meanwhile: all of it
    found = re.findall(rb"path=/select .*?QTime=(\d+)", text)
    return [int(q) for q in found[-count:]]


def set_solr_active(site_url, active):
    import requests

    response = requests.patch(
        f"{site_url}/@registry",
        json={"collective.solr.active": active},
        auth=ADMIN,
        headers={"Accept": "application/json"},
        timeout=30,
    )
    response.raise_for_status()


#: The profile's collective.solr settings of the snippets (registry/solr.xml).
HIGHLIGHT_SETTINGS = types.SimpleNamespace(
    highlight_fields=["SearchableText"],
    highlight_formatter_pre="<mark>",
    highlight_formatter_post="</mark>",
    highlight_fragsize=160,
)
#: What Volto's search page asks with the words (components/Search/SearchPage.jsx).
SEARCH_PAGE = {"b_size": 20, "metadata_fields:list": ["effective", "created"]}


def search_page(words):
    """The @search request of Volto's search page for ``words``."""
    return {"SearchableText": words, **SEARCH_PAGE}


def raw_solr_params(build_timings, words):
    """The /select request @search makes for ``words`` (collective.solr's pattern,
    facets, highlighting, one page), with the worker's security filter as fq."""
    from fmm_extranet.search.facets import FACET_FIELDS
    from fmm_extranet.search.facets import FACET_LIMIT
    from fmm_extranet.search.facets import highlighting

    terms = words.split()
    value = "(" + " ".join(f"({t}* OR {t})" for t in terms) + ")"
    base = "(" + " ".join(terms) + ")"
    principals = " OR ".join(f'"{p}"' for p in build_timings["principals"])
    return {
        "q": build_timings["search_pattern"].format(value=value, base_value=base),
        "fq": [f"allowedRolesAndUsers:({principals})"],
        "fl": "UID path_string Title Description portal_type Creator created effective score",
        "rows": SEARCH_PAGE["b_size"],
        "facet": "true",
        "facet.field": list(FACET_FIELDS),
        "facet.mincount": 1,
        "facet.limit": FACET_LIMIT,
        "json.nl": "map",
        **highlighting(words, HIGHLIGHT_SETTINGS),
        "q.op": "AND",
        "sow": "true",
        "wt": "json",
    }


#: What Volto's listings ask for (components/Core/Listing/queries.js).
LISTING_METADATA = ["effective", "start", "end", "whole_day", "created"]
RAW_SOLR = "Solr /select (same queries)"
AGENDA = "@agenda (a month)"
LOAD_PASS_MIN = 10
#: Filters of the worker directory probed (issue 18's examples).
DIRECTORY_FILTERS = [
    {},
    {"function": "medecin_generaliste"},
    {"intergroup": "igl"},
    {"q": "Nom42"},
    {"function": "infirmier", "intergroup": "igl"},
]


def home_calls(site_url, now):
    """What Volto's home page asks (Layout/Home/HomePage.jsx) at ``now`` (UTC): hot news,
    the worker's next registrations, next activities and latest announcements."""
    search = f"{site_url}/@search"
    latest = {"sort_on": "effective", "sort_order": "descending", "metadata_fields:list": LISTING_METADATA}
    return [
        (
            search,
            {
                "portal_type:list": ["News Item"],
                "fmm_featured_until.query": f"{now:%Y-%m-%d}T00:00:00Z",
                "fmm_featured_until.range": "min",
                **latest,
                "b_size": 4,
                "metadata_fields:list": ["effective", "created"],
            },
            True,
        ),
        (f"{site_url}/@my-registrations", {}, True),
        (
            search,
            {
                "portal_type:list": ["Activity"],
                "end.query": f"{now:%Y-%m-%dT%H:%M}:00.000Z",
                "end.range": "min",
                "sort_on": "start",
                "sort_order": "ascending",
                "b_size": 5,
                "metadata_fields:list": LISTING_METADATA,
            },
            True,
        ),
        (search, {"portal_type:list": ["Announcement"], **latest, "b_size": 5}, True),
    ]


def agenda_lines(session, site_url):
    """The mean number of lines of ``agenda_months``' months: what the agenda's cost follows."""
    counts = [
        len(session.get(url, params=params).json()["items"])
        for ((url, params, _worker),) in agenda_months(site_url)
    ]
    return statistics.mean(counts)


def agenda_months(site_url):
    """``@agenda`` for each month of February–July 2026 (the generated activities' first
    year), as the agenda's month grid asks: its short lines."""
    ends = ("02-28", "03-31", "04-30", "05-31", "06-30", "07-31")
    return [
        [
            (
                f"{site_url}/@agenda",
                {"start": f"2026-{end[:2]}-01", "end": f"2026-{end}", "lines": "short"},
                True,
            )
        ]
        for end in ends
    ]


def endpoint_requests(site_url, solr_url, raw_queries, query_list, my_house):
    """{endpoint: [request…]}: what each endpoint is asked in the load runs; a request is a
    list of calls ``(url, params, as the worker?)`` made one after the other (the home's
    four), timed as a whole. ``raw_queries``: Solr's params of ``query_list``'s words
    (``raw_solr_params``); ``my_house``: the UID of the worker's house (``near``)."""
    from bench_directory import house_queries

    texts = [text for _, text in query_list]
    frequent = [text for kind, text in query_list if kind == "frequent word"]

    def single(url, params_list, authenticated=True):
        return [[(url, params, authenticated)] for params in params_list]

    return {
        "@search": single(f"{site_url}/@search", [search_page(t) for t in texts]),
        RAW_SOLR: single(f"{solr_url}/select", raw_queries, False),
        "@documents (words)": single(
            f"{site_url}/@documents", [{"SearchableText": t} for t in frequent[:10]]
        ),
        "@documents (no words)": single(
            f"{site_url}/@documents", [{"b_start": start} for start in (0, 25, 100, 500, 1000)]
        ),
        "@search-suggest": single(
            f"{site_url}/@search-suggest", [{"q": t[:n]} for t in frequent[:10] for n in (2, 4)]
        ),
        AGENDA: agenda_months(site_url),
        "home (4 requests)": [home_calls(site_url, datetime.datetime.now(datetime.UTC))],
        "@my-shortcuts": single(f"{site_url}/@my-shortcuts", [{}]),
        "@directory": single(f"{site_url}/@directory", DIRECTORY_FILTERS),
        "@medical-houses": single(
            f"{site_url}/@medical-houses", [params for _name, params in house_queries(my_house)]
        ),
    }


def load(requests_list, clients, repeat, auth):
    """Seconds of each request when ``clients`` workers send ``requests_list`` at once
    (each its own shuffled copy, ``repeat`` times, after one warm-up pass; a short list
    is sent several times per pass, so that every pass makes at least LOAD_PASS_MIN)."""
    import requests
    import threading

    durations, errors = [], []
    lock = threading.Lock()
    requests_list = list(requests_list) * -(-LOAD_PASS_MIN // len(requests_list))

    def client(number):
        session = requests.Session()
        session.headers["Accept"] = "application/json"
        rnd = random.Random(SEED + 10 + number)
        for run in range(repeat + 1):
            order = list(requests_list)
            rnd.shuffle(order)
            for calls in order:
                failed = []
                started = time.perf_counter()
                for url, params, authenticated in calls:
                    response = session.get(url, params=params, auth=auth if authenticated else None)
                    if response.status_code != 200:
                        failed.append(f"{response.status_code} {response.url}")
                elapsed = time.perf_counter() - started
                with lock:
                    if failed:
                        errors.extend(failed)
                    elif run:
                        durations.append(elapsed)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        print(f"  {len(errors)} failed request(s), e.g. {errors[0]}", file=sys.stderr)
    return durations


def run_load(endpoints, clients_list, repeat):
    """{endpoint: {clients: {"p50", "p95", "n"}}} in ms, for ``endpoint_requests``' endpoints."""
    results = {}
    auth = (WORKER_LOGIN, WORKER_PASSWORD)
    for name, requests_list in endpoints.items():
        results[name] = {}
        for clients in clients_list:
            print(f"  {name}, {clients} client(s) ...", file=sys.stderr)
            values = load(requests_list, clients, repeat, auth)
            results[name][str(clients)] = {
                "n": len(values),
                "p50": percentile(values, 50) * 1000 if values else None,
                "p95": percentile(values, 95) * 1000 if values else None,
            }
    return results


# ---------------------------------------------------------------- reports side by side, baseline


def size_label(bench_report):
    """The site a JSON report measured: "seed scale 1.0" or "2000 PDFs"."""
    build = bench_report["build"]
    return f"seed scale {build['scale']}" if "scale" in build else f"{bench_report['docs']} PDFs"


def ratios_to_solr(load_results):
    """{endpoint: {clients: p50 / raw Solr's p50}} of one report's load runs."""
    raw = load_results.get(RAW_SOLR, {})
    ratios = {}
    for name, by_clients in load_results.items():
        for clients, cell in by_clients.items():
            base = (raw.get(clients) or {}).get("p50")
            if name != RAW_SOLR and base and cell.get("p50") is not None:
                ratios.setdefault(name, {})[clients] = round(cell["p50"] / base, 2)
    return ratios


def baseline_of(bench_reports):
    """What ``bench-baseline.json`` keeps of the JSON reports: per site size, the p50 ratios
    to raw Solr and every p50/p95, with the machine they were measured on."""
    return {
        "machine": bench_reports[0].get("machine"),
        "measured": bench_reports[0].get("measured"),
        "loadavg": {size_label(r): r.get("loadavg") for r in bench_reports},
        "sizes": {
            size_label(r): {
                "ratios_to_solr": ratios_to_solr(r["load"]),
                "ms": {
                    name: {
                        c: {k: round(cell[k], 1) for k in ("p50", "p95") if cell.get(k) is not None}
                        for c, cell in by_clients.items()
                    }
                    for name, by_clients in r["load"].items()
                },
            }
            for r in bench_reports
        },
    }


def regressions(baseline, current, tolerance=0.25):
    """Lines naming each endpoint of ``current`` (a ``baseline_of``) whose ratios to raw
    Solr are all more than ``tolerance`` above the ``baseline``'s, at 1 and at 8 clients
    alike, for the sizes and endpoints both measured: with raw Solr at 3–4 ms a swing of
    1 ms moves one ratio by 30 %, while a slower endpoint is slower under both loads."""
    found = []
    for size, measured in current["sizes"].items():
        before = baseline["sizes"].get(size, {}).get("ratios_to_solr", {})
        for name, by_clients in measured["ratios_to_solr"].items():
            pairs = [(c, ratio, before.get(name, {}).get(c)) for c, ratio in by_clients.items()]
            pairs = [(c, ratio, old) for c, ratio, old in pairs if old]
            if pairs and all(ratio > old * (1 + tolerance) for _c, ratio, old in pairs):
                found.append(
                    f"{size}, {name}: "
                    + "; ".join(
                        f"{c} client(s) {ratio:.2f}x raw Solr, baseline {old:.2f}x (+{ratio / old - 1:.0%})"
                        for c, ratio, old in pairs
                    )
                )
    return found


def side_by_side(bench_reports):
    """The load table of every report, side by side: p50 / p95 (ms) per number of clients,
    and p50 as a multiple of raw Solr's for @search."""
    labels = [size_label(r) for r in bench_reports]
    clients_list = list(
        dict.fromkeys(c for r in bench_reports for cells in r["load"].values() for c in cells)
    )
    names = list(dict.fromkeys(name for r in bench_reports for name in r["load"]))
    width = 16 * len(clients_list)
    out = ["Latency under load, ms (p50 / p95), as the benchmark's worker; @search also as p50 / raw Solr's"]
    out.append(f"  {'':<26}" + "".join(f"{label:^{width}}" for label in labels))
    out.append(f"  {'':<26}" + "".join(f"{f'{c} client(s)':>16}" for _ in labels for c in clients_list))
    for name in names:
        row = f"  {name:<26}"
        for r in bench_reports:
            for clients in clients_list:
                cell = r["load"].get(name, {}).get(clients) or {}
                row += (
                    f"{cell['p50']:7.1f} /{cell['p95']:7.1f}" if cell.get("p50") is not None else f"{'-':>16}"
                )
        out.append(row)
        if name == AGENDA and all(r.get("agenda_lines") for r in bench_reports):
            row = f"  {'  lines; ms a line (1)':<26}"
            for r in bench_reports:
                p50 = (r["load"].get(name, {}).get("1") or {}).get("p50")
                per_line = f"{p50 / r['agenda_lines']:10.2f} ms" if p50 is not None else f"{'-':>13}"
                row += f"{r['agenda_lines']:10.0f} lines{per_line:>16}".ljust(width)
            out.append(row)
        if name == "@search":
            row = f"  {'  x raw Solr':<26}"
            for r in bench_reports:
                ratios = ratios_to_solr(r["load"]).get(name, {})
                row += "".join(f"{ratios[c]:15.1f}x" if c in ratios else f"{'-':>16}" for c in clients_list)
            out.append(row)
    return "\n".join(out)


def compare(paths, baseline_path, update):
    """Print the reports at ``paths`` side by side; compare them with the baseline (exit
    status 1 on a regression) or, with ``update``, rewrite it."""
    bench_reports = [json.loads(Path(path).read_text()) for path in paths if Path(path).exists()]
    if not bench_reports:
        sys.exit("bench_search.py: no report to compare")
    print(side_by_side(bench_reports))
    current = baseline_of(bench_reports)
    baseline_path = Path(baseline_path)
    baseline = json.loads(baseline_path.read_text()) if baseline_path.exists() else {"sizes": {}}
    if update:  # the sizes measured replace theirs, the others stay
        for key in ("sizes", "loadavg"):
            current[key] = {**baseline.get(key, {}), **current[key]}
        baseline_path.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n")
        print(f"\nbaseline written: {baseline_path}")
        return
    unmatched = [size for size in current["sizes"] if size not in baseline["sizes"]]
    if unmatched:
        print(f"\nno baseline for {', '.join(unmatched)}: not compared")
    found = regressions(baseline, current)
    if found:
        print(f"\nratios to raw Solr worse than {baseline_path} by more than 25 % at every load:")
        print("\n".join(f"  {line}" for line in found))
        sys.exit(1)
    print(f"\nno endpoint's ratios to raw Solr worse than {baseline_path} by more than 25 % at every load")


def summary_row(name, timings_by_query):
    values = [v for vs in timings_by_query.values() for v in vs]
    return {
        "name": name,
        "n": len(values),
        "p50": percentile(values, 50) * 1000,
        "p95": percentile(values, 95) * 1000,
        "mean": statistics.mean(values) * 1000,
        "max": max(values) * 1000,
    }


def report(args, build_timings, query_list, solr, catalog, qtimes, warming, started_at, total_seconds):
    docs = build_timings.get("counts", {}).get("pdfs", args.docs)  # seed_scale.py's site: its PDFs
    out = []
    out.append(f"bench_search.py --docs {docs} --repeat {args.repeat}   ({started_at:%Y-%m-%d %H:%M})")
    out.append(f"machine: {machine()}; Solr 9.7.0 (-Xmx1g), waitress 4 threads")
    share = build_timings["readable_share"]
    readable = "" if "scale" in build_timings else f", worker may open {share:.0%} of them"
    out.append(
        f"site: {build_timings['catalog_entries']} catalog entries, {docs} PDFs "
        f"({build_timings['pdf_bytes'] / docs / 1024:.1f} KiB each, ~450 words){readable}"
    )
    out.append("")
    out.append("Indexing")
    if "scale" in build_timings:  # seed_scale.py creates everything with Solr off
        out.append("  content created with Solr off (seed_scale.py; its figures are in seed.json)")
    else:
        out.append(
            f"  create {docs} PDFs, Solr active (catalog + Solr/Tika, commit every {COMMIT_EVERY}): "
            f"{build_timings['create_seconds']:7.1f} s  {docs / build_timings['create_seconds']:6.1f} docs/s"
        )
        out.append(
            f"    of which in collective.solr's queue processor (add, commit) or waiting for "
            f"Solr's extraction: {build_timings['create_solr_seconds']:.1f} s "
            f"({build_timings['create_solr_seconds'] / build_timings['create_seconds']:.0%}), "
            f"waiting alone {build_timings.get('create_waiting_seconds', 0):.1f} s"
        )
    out.append(
        f"  solr_reindex of the site ({build_timings['reindex_total']} objects, "
        f"{build_timings['reindex_failed']} failed):{'':>10}"
        f"{build_timings['reindex_seconds']:7.1f} s  "
        f"{build_timings['reindex_indexed'] / build_timings['reindex_seconds']:6.1f} docs/s"
    )
    out.append("")
    out.append(
        f"Solr warmed: {len(warming)} x {len(query_list)} raw queries, its CPU a query "
        + " ".join(f"{ms:.0f}" for ms in warming)
        + " ms"
    )
    out.append(f"@search latency, ms ({len(query_list)} queries x {args.repeat} runs, after a warm-up run)")
    header = (
        f"  {'':<22}{'Solr p50':>9}{'p95':>8}{'hits':>7}   {'catalog p50':>11}{'p95':>8}{'hits':>7}"
        f"   {'p50 catalog/Solr':>16}"
    )
    out.append(header)
    kinds = list(dict.fromkeys(kind for kind, _ in query_list))
    solr_t, solr_hits, solr_answers = solr
    cat_t, cat_hits, cat_answers = catalog
    for kind in kinds + ["all"]:
        texts = [t for k, t in query_list if kind in (k, "all")]
        s = summary_row(kind, {t: solr_t[t] for t in texts})
        c = summary_row(kind, {t: cat_t[t] for t in texts})
        sh = statistics.mean(solr_hits[t] for t in texts)
        ch = statistics.mean(cat_hits[t] for t in texts)
        out.append(
            f"  {kind + ' (' + str(len(texts)) + ')':<22}{s['p50']:9.1f}{s['p95']:8.1f}{sh:7.1f}   "
            f"{c['p50']:11.1f}{c['p95']:8.1f}{ch:7.1f}   {c['p50'] / s['p50']:15.2f}x"
        )
    s_all = summary_row("all", solr_t)
    c_all = summary_row("all", cat_t)
    out.append(
        f"  catalog / Solr: p50 {c_all['p50'] / s_all['p50']:.2f}x, p95 {c_all['p95'] / s_all['p95']:.2f}x, "
        f"mean {c_all['mean'] / s_all['mean']:.2f}x "
        f"(Solr mean {s_all['mean']:.1f} ms, max {s_all['max']:.1f}; "
        f"catalog mean {c_all['mean']:.1f} ms, max {c_all['max']:.1f})"
    )
    if qtimes:
        out.append(
            f"  of which Solr itself (QTime of /select, facets and highlighting included): "
            f"p50 {percentile(qtimes, 50):.0f} ms, p95 {percentile(qtimes, 95):.0f} ms"
        )
    out.append(
        f"  answered by Solr (snippets): {solr_answers}/{len(query_list)} with Solr active, "
        f"{cat_answers}/{len(query_list)} with Solr off; hits = mean items_total"
    )
    out.append(f"total run time: {total_seconds / 60:.1f} min")
    return "\n".join(out)


def drive(argv):

    parser = argparse.ArgumentParser(prog="bench_search.py", description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="number of PDFs [2000]")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query [5]")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--site",
        help="folder of a site built once and reused (Data.fs, blobs, Solr index), "
        "e.g. ~/.cache/fmm-extranet/bench-2000; built there when missing",
    )
    parser.add_argument("--clients", default="1,8", help="concurrent workers of the load runs [1,8]")
    parser.add_argument("--load-repeat", type=int, default=3, help="passes per client in the load runs [3]")
    parser.add_argument("--no-catalog", action="store_true", help="skip the catalog-only comparison")
    parser.add_argument("--json", help="write the measures to this JSON file")
    parser.add_argument(
        "--compare",
        nargs="+",
        metavar="JSON",
        help="measure nothing: print these reports side by side and compare them with --baseline",
    )
    parser.add_argument(
        "--baseline",
        default=str(ROOT / "backend" / "bench-baseline.json"),
        help="[backend/bench-baseline.json]",
    )
    parser.add_argument("--update-baseline", action="store_true", help="with --compare: rewrite the baseline")
    args = parser.parse_args(argv)
    if args.compare:
        compare(args.compare, args.baseline, args.update_baseline)
        return
    clients_list = [int(c) for c in args.clients.split(",") if c.strip()]
    started_at, t0 = datetime.datetime.now(), time.monotonic()
    cached = Path(args.site).expanduser() if args.site else None
    tmp = cached or Path(tempfile.mkdtemp(prefix="fmm-bench."))
    tmp.mkdir(parents=True, exist_ok=True)
    reuse = cached is not None and (tmp / "build.json").exists()
    solr_port, backend_port = free_ports(2)
    solr_home = tmp / "solr"
    backend = None
    print(f"folder {tmp}; Solr on {solr_port}, backend on {backend_port}", file=sys.stderr)
    try:
        schema_changed = start_solr(tmp, solr_port)
        conf = make_instance(tmp, backend_port)
        if reuse:
            print("reusing the site built before (its Solr port set, its profile upgraded)", file=sys.stderr)
            prepare_kept_site(conf, solr_port, reindex=schema_changed)
        else:
            print(f"building the site with {args.docs} PDFs ...", file=sys.stderr)
        with open(tmp / "build.log", "a" if reuse else "w") as log:
            build_run = (
                subprocess.CompletedProcess((), 0)
                if reuse
                else subprocess.run(
                    [
                        VENV / "zconsole",
                        "run",
                        conf,
                        SCRIPT,
                        "build",
                        "--docs",
                        str(args.docs),
                        "--solr-port",
                        str(solr_port),
                        "--out",
                        tmp / "build.json",
                    ],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        if build_run.returncode:
            print((tmp / "build.log").read_text()[-4000:], file=sys.stderr)
            sys.exit("bench_search.py: building the site failed")
        build_timings = json.loads((tmp / "build.json").read_text())
        backend, site_url = start_backend(tmp, backend_port)
        session = worker_session()
        query_list = queries(vocabulary())
        solr_url = f"http://127.0.0.1:{solr_port}/solr/plone"
        raw_queries = [raw_solr_params(build_timings, text) for _, text in query_list]
        warming = warm_solr(solr_url, int((solr_home / "solr.pid").read_text()), raw_queries)
        print("queries with Solr ...", file=sys.stderr)
        solr_log = solr_home / "logs" / "solr.log"
        offset = solr_log.stat().st_size
        solr = run_queries(session, site_url, query_list, args.repeat)
        qtimes = solr_qtimes(solr_log, offset, len(query_list) * args.repeat)
        print("load runs ...", file=sys.stderr)
        from bench_directory import my_house_uid

        endpoints = endpoint_requests(
            site_url, solr_url, raw_queries, query_list, my_house_uid(session, site_url)
        )
        loads = run_load(endpoints, clients_list, args.load_repeat)
        if args.no_catalog:
            catalog = solr
        else:
            set_solr_active(site_url, False)
            print("queries with the catalog only ...", file=sys.stderr)
            catalog = run_queries(session, site_url, query_list, args.repeat)
            set_solr_active(site_url, True)
        elapsed = time.monotonic() - t0
        print(report(args, build_timings, query_list, solr, catalog, qtimes, warming, started_at, elapsed))
        print()
        measured = {
            "docs": build_timings.get("counts", {}).get("pdfs", args.docs),
            "machine": machine(),
            "measured": f"{started_at:%Y-%m-%d %H:%M}",
            "loadavg": os.getloadavg(),
            "build": build_timings,
            "load": loads,
            "agenda_lines": agenda_lines(session, site_url),
            "qtimes": qtimes,
            "solr_warming": warming,
        }
        print(side_by_side([measured]))
        if args.json:
            Path(args.json).write_text(json.dumps(measured, indent=1))
    finally:
        stop_backend(backend)
        subprocess.run(
            [SOLR_SH, "stop", "--home-data", str(solr_home)], check=False, stdout=subprocess.DEVNULL
        )
        if args.keep or cached:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def make_instance(folder, port):
    """A Zope instance in ``folder`` (its data in ``folder/var``) listening on ``port``;
    the path of its zope.conf."""
    subprocess.run(
        [
            VENV / "python",
            ROOT / "backend/scripts/make_instance.py",
            "--instance",
            folder / "instance",
            "--var",
            folder / "var",
            "--listen",
            f"127.0.0.1:{port}",
        ],
        check=True,
    )
    return folder / "instance" / "etc" / "zope.conf"


def start_solr(folder, port):
    """Start the Solr of the site kept in ``folder`` on ``port``, with this code's configset;
    true when the kept index was made with another schema (``prepare_kept_site`` then
    reindexes the site)."""
    kept = folder / "solr" / "home" / "plone" / "conf" / "schema.xml"
    changed = kept.exists() and not filecmp.cmp(CONFIGSET / "schema.xml", kept, shallow=False)
    subprocess.run(
        [SOLR_SH, "start", "--update-config", "--port", str(port), "--home-data", str(folder / "solr")],
        check=True,
    )
    return changed


def prepare_kept_site(conf, solr_port, reindex=False):
    """Point the reused site at this run's Solr (a new free port each run) and apply the
    profile's upgrade steps, and reindex it after a schema change: a site kept from older
    code is measured as the code's."""
    script = (
        "import transaction\n"
        "from zope.component.hooks import setSite\n"
        f"site = app['{SITE_ID}']\n"
        "setSite(site)\n"
        "from plone import api\n"
        f"api.portal.set_registry_record('collective.solr.port', {solr_port})\n"
        f"with api.env.adopt_user(username='{ADMIN[0]}'):\n"
        "    site.portal_setup.upgradeProfile('fmm_extranet:default')\n"
        "transaction.commit()\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(script)
    try:
        subprocess.run([VENV / "zconsole", "run", conf, handle.name], check=True, stdout=subprocess.DEVNULL)
    finally:
        os.unlink(handle.name)
    if reindex:
        print("the Solr schema changed since the site was kept: reindexing it", file=sys.stderr)
        subprocess.run([VENV / "zconsole", "run", conf, REINDEX_SCRIPT, "--clear"], check=True)


if "app" in globals():  # zconsole run CONF bench_search.py build …
    build(app, sys.argv[5:])  # noqa: F821
elif __name__ == "__main__":
    drive(sys.argv[1:])
