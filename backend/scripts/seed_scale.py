"""A site at the movement's real size, built once and reused: ``make seed-scale``.

    .venv/bin/python backend/scripts/seed_scale.py [--dir ~/.cache/fmm-extranet/seed-scale]
                                                   [--scale 1.0] [--fresh]

In its own folder (never instance/ nor var/filestorage): a Zope instance, its
Data.fs and blobs, and a Solr home with its index. Deterministic (seeded): the
same scale gives the same site. At scale 1 (the seeds' figures): 7 intergroups,
125 medical houses, the sectoral groups (one per function, the first three with a
local sub-group per intergroup), 40 working groups, 12 thematic areas, 4,000
active workers with 1–3 jobs (and the benchmark's worker), 20,000 documents of
which 3,000 PDFs, 3,000 activities (300 with registration), 2,000 news items and
500 announcements. ``--scale 0.1`` divides the counts (not the structure).

Content is created with Solr off, then sent to Solr by ``solr_reindex``. The build's
figures (minutes, documents created per second, Solr reindex docs/s, PDFs/s through
Tika) are printed at the end and kept in ``seed.json``. A second run finds it, prints
them and does nothing else (``--fresh`` rebuilds): ``bench_search.py --site DIR`` then
measures this site.
"""

from pathlib import Path
import argparse
import json
import random
import shutil
import subprocess
import sys
import time


SCRIPT = Path(globals().get("__file__") or sys.argv[3]).resolve()  # zconsole gives no __file__
sys.path.insert(0, str(SCRIPT.parent))

import bench_search  # noqa: E402  (same folder: site id, worker, vocabulary, Solr helpers)


DEFAULT_DIR = Path("~/.cache/fmm-extranet/seed-scale")
HOUSES, WORKING_GROUPS, THEMATICS, LOCAL_SUBGROUPS = 125, 40, 12, 3


def counts(scale):
    """The seeds' counts (``bench_search.SEED_COUNTS``) times ``scale``; the structure does not scale."""
    return {name: max(1, round(value * scale)) for name, value in bench_search.SEED_COUNTS.items()}


def figures(timings):
    """The build's throughputs, from its timings (``seed.json``)."""
    n = timings["counts"]
    found = {
        "create_docs_per_second": (n["pdfs"] + n["pages"]) / timings["documents_seconds"],
        "reindex_docs_per_second": timings["reindex_indexed"] / timings["reindex_seconds"],
    }
    if timings.get("pdf_index_seconds"):  # time in collective.solr's index() for the PDFs (Tika)
        found["pdfs_per_second"] = n["pdfs"] / timings["pdf_index_seconds"]
    return found


# ---------------------------------------------------------------- build (inside zconsole)


def build(app, argv):
    from fmm_extranet.core.vocabularies import registry_terms
    from fmm_extranet.demo.pdf import text_pdf
    from fmm_extranet.people.workers import create_worker
    from fmm_extranet.people.workers import functions
    from fmm_extranet.search.reindex import solr_reindex
    from plone import api
    from plone.namedfile.file import NamedBlobFile
    import transaction

    parser = argparse.ArgumentParser(prog="seed_scale.py build")
    parser.add_argument("--scale", type=float, required=True)
    parser.add_argument("--solr-port", type=int, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    n = counts(args.scale)
    rnd = random.Random(bench_search.SEED)
    zipf = bench_search.Zipf(bench_search.vocabulary(rnd=random.Random(bench_search.SEED)), rnd=rnd)
    timings = {}
    started = time.monotonic()

    portal = bench_search.new_site(app, "Seed scale", args.solr_port, solr_active=False)  # Solr at the end
    intergroup_codes = [code for code, _label in registry_terms("intergroups")][:7]
    function_tokens = [token for token, _label in registry_terms("functions")]
    spaces = []
    for code in intergroup_codes:
        spaces.append(
            api.content.create(
                container=portal["intergroupes"], type="Intergroup", id=code, title=code.upper(), code=code
            )
        )
    houses = [
        api.content.create(
            container=portal["maisons-medicales"],
            type="MedicalHouse",
            id=f"mm-{number:03d}",
            title=f"Maison médicale n° {number}",
            number=number,
            street=f"Rue de la Santé {number}",
            postal_code=str(1000 + number * 7 % 8000),
            municipality="Commune",
            intergroup=intergroup_codes[number % len(intergroup_codes)],
            payment_mode="forfait" if number % 3 else "acte",
            # spread over Wallonia and Brussels, for @medical-houses' near and covers
            geolocation={
                "latitude": 50.0 + number * 37 % 150 / 100,
                "longitude": 3.5 + number * 53 % 250 / 100,
            },
            zone_postal_codes=[str(1000 + number * 7 % 8000), str(1000 + (number + 1) * 7 % 8000)],
        )
        for number in range(1, HOUSES + 1)
    ]
    for index, token in enumerate(function_tokens):
        group = api.content.create(
            container=portal["groupes-sectoriels"],
            type="SectoralGroup",
            id=f"gs-{token}",
            title=f"Groupe sectoriel {token}",
            profession=token,
        )
        spaces.append(group)
        if index < LOCAL_SUBGROUPS:
            for code in intergroup_codes:
                spaces.append(
                    api.content.create(
                        container=group,
                        type="SectoralGroup",
                        id=f"{token}-{code}",
                        title=f"{token} {code.upper()}",
                        profession=token,
                        intergroup=code,
                    )
                )
    for number in range(WORKING_GROUPS):
        spaces.append(
            api.content.create(
                container=portal["groupes-de-travail"],
                type="WorkingGroup",
                id=f"gt-{number:02d}",
                title=f"Groupe de travail {number + 1}",
                members=[bench_search.WORKER_ID] if number < 3 else [],
            )
        )
    for number in range(THEMATICS):
        spaces.append(
            api.content.create(
                container=portal["thematiques"],
                type="Thematic",
                id=f"th-{number:02d}",
                title=f"Thématique {number + 1}",
            )
        )
    folders = [
        api.content.create(container=space, type="Folder", id="documents", title="Documents")
        for space in spaces
    ]
    transaction.commit()
    timings["structure_seconds"] = time.monotonic() - started

    def make_worker(index, _):
        jobs = [
            (
                houses[(index * 7 + job * 31) % HOUSES].UID(),
                functions(function_tokens[(index + job) % len(function_tokens)]),
            )
            for job in range(1 + index % 3)
        ]
        create_worker(
            portal["travailleurs"],
            f"w{index:05d}",
            f"w{index:05d}@seed.fmm.be",
            first_name=f"Prénom{index}",
            last_name=f"Nom{index % 997}",
            jobs=jobs,
            status="active",
            password="seed-scale-2026",
        )

    create_worker(
        portal["travailleurs"],
        bench_search.WORKER_ID,
        bench_search.WORKER_LOGIN,
        first_name="Bench",
        last_name="Worker",
        jobs=[(houses[0].UID(), functions("infirmier"))],
        status="active",
        password=bench_search.WORKER_PASSWORD,
    )
    started = time.monotonic()
    bench_search.batch(range(n["workers"]), "workers", make_worker)
    timings["workers_seconds"] = time.monotonic() - started

    pdf_bytes = [0]

    def make_document(index, is_pdf):
        title, description, lines = bench_search.document_text(zipf, rnd)
        folder = folders[index % len(folders)]
        if is_pdf:
            data = text_pdf([title, ""] + lines)
            pdf_bytes[0] += len(data)
            api.content.create(
                container=folder,
                type="File",
                id=f"f-{index:05d}",
                title=title,
                description=description,
                file=NamedBlobFile(data=data, contentType="application/pdf", filename=f"f-{index:05d}.pdf"),
            )
        else:
            api.content.create(
                container=folder, type="Document", id=f"p-{index:05d}", title=title, description=description
            )

    kinds = [True] * n["pdfs"] + [False] * n["pages"]
    random.Random(bench_search.SEED + 3).shuffle(kinds)
    started = time.monotonic()
    bench_search.batch(kinds, "documents", make_document)
    timings["documents_seconds"] = time.monotonic() - started

    started = time.monotonic()
    bench_search.create_publications(portal, n, zipf, houses)
    timings["publications_seconds"] = time.monotonic() - started

    api.portal.set_registry_record("collective.solr.active", True)
    transaction.commit()
    bars = {}

    def reindex_progress(done, total):
        bars.setdefault("bar", bench_search.Progress("Solr", total))(done)

    solr_time = bench_search.time_solr_processor()
    result = solr_reindex(portal, progress=reindex_progress)
    catalog = api.portal.get_tool("portal_catalog")
    timings.update(
        scale=args.scale,
        counts=n,
        create_seconds=timings["documents_seconds"],
        create_solr_seconds=0.0,
        pdf_bytes=pdf_bytes[0],
        reindex_seconds=result.seconds,
        reindex_total=result.total,
        reindex_indexed=result.indexed,
        reindex_failed=result.failed,
        pdf_index_seconds=solr_time["index File"],
        catalog_entries=len(catalog.unrestrictedSearchResults(path="/" + bench_search.SITE_ID)),
        readable_share=0.0,
        principals=bench_search.worker_principals(portal),
        search_pattern=api.portal.get_registry_record("collective.solr.search_pattern"),
    )
    Path(args.out).write_text(json.dumps(timings))


# ---------------------------------------------------------------- driver


def drive(argv):
    parser = argparse.ArgumentParser(prog="seed_scale.py", description=__doc__.split("\n")[0])
    parser.add_argument("--dir", default=str(DEFAULT_DIR), help=f"the site's folder [{DEFAULT_DIR}]")
    parser.add_argument("--scale", type=float, default=1.0, help="share of the seeds' counts [1.0]")
    parser.add_argument("--fresh", action="store_true", help="rebuild even when the folder holds a site")
    args = parser.parse_args(argv)
    folder = Path(args.dir).expanduser()
    if (folder / "seed.json").exists() and not args.fresh:
        print(f"{folder} already holds the seed-scale site (--fresh rebuilds it):")
        keep_figures(folder, json.loads((folder / "seed.json").read_text()))
        return
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    solr_port, backend_port = bench_search.free_ports(2)
    solr_home = folder / "solr"
    started = time.monotonic()
    try:
        subprocess.run(
            [bench_search.SOLR_SH, "start", "--port", str(solr_port), "--home-data", str(solr_home)],
            check=True,
        )
        conf = bench_search.make_instance(folder, backend_port)
        command = [bench_search.VENV / "zconsole", "run", conf, SCRIPT, "build"]
        command += ["--scale", str(args.scale), "--solr-port", str(solr_port), "--out", folder / "build.json"]
        if subprocess.run(command).returncode:
            sys.exit("seed_scale.py: building the site failed")
    finally:
        subprocess.run(
            [bench_search.SOLR_SH, "stop", "--home-data", str(solr_home)],
            check=False,
            stdout=subprocess.DEVNULL,
        )
    build_timings = json.loads((folder / "build.json").read_text())
    build_timings["total_minutes"] = (time.monotonic() - started) / 60
    keep_figures(folder, build_timings)
    print(f"measure it with: backend/scripts/bench_search.py --site {folder}")


def keep_figures(folder, timings):
    """Write ``timings`` and their throughputs to ``folder/seed.json``, and print them."""
    timings.update(figures(timings))
    (folder / "seed.json").write_text(json.dumps(timings, indent=1))
    shown = {k: v for k, v in timings.items() if k not in ("principals", "search_pattern")}
    print(json.dumps(shown, indent=1))
    pdfs = timings.get("pdfs_per_second")
    pdfs = f"{pdfs:.1f} PDFs/s" if pdfs else "PDFs/s not measured"
    print(
        f"built in {timings['total_minutes']:.1f} min: documents created at "
        f"{timings['create_docs_per_second']:.1f}/s (Solr off); Solr reindex of "
        f"{timings['reindex_indexed']} documents at {timings['reindex_docs_per_second']:.1f} docs/s "
        f"({timings['reindex_failed']} failed), Tika extraction {pdfs}"
    )


if "app" in globals():  # zconsole run CONF seed_scale.py build …
    build(app, sys.argv[5:])  # noqa: F821
elif __name__ == "__main__":
    drive(sys.argv[1:])
