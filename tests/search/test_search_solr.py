"""Full-text search on a real Solr, through plone.restapi as real users."""

from collections import Counter
from collective.solr.indexer import SolrIndexProcessor
from fmm_extranet.testing import login_of
from fmm_extranet.testing import PEOPLE
from io import BytesIO
from reportlab.pdfgen import canvas
from tests.solr_server import reindex_all
import base64
import json
import pytest
import requests
import transaction


pytestmark = pytest.mark.solr

WG = "groupes-de-travail/gt-ecologie-test"
THEMATIC = "thematiques/sante-environnement"


def pdf_bytes(*lines):
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer)
    y = 800
    for line in lines:
        pdf.drawString(50, y, line)
        y -= 16
    pdf.save()
    return buffer.getvalue()


def upload_pdf(session, container, title, *lines, **fields):
    response = session.post(
        container,
        json={
            "@type": "File",
            "title": title,
            **fields,
            "file": {
                "data": base64.b64encode(pdf_bytes(*lines)).decode(),
                "encoding": "base64",
                "filename": f"{title}.pdf",
                "content-type": "application/pdf",
            },
        },
    )
    assert response.status_code == 201, response.text
    return response.json()


def search(session, **params):
    response = session.get("@search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def counts(body, field):
    """{value: count} of one facet of an answer."""
    return {entry["value"]: entry["count"] for entry in body["facets"][field]}


def snippet_text(item):
    return item["snippet"].replace("<mark>", "").replace("</mark>", "")


def test_word_inside_pdf_found_only_by_who_may_open_it(as_user, solr):
    upload_pdf(as_user("fede_staff"), WG, "Compte rendu", "Le mot zygomorphe est dans ce PDF.")
    member = search(as_user("wg_member"), SearchableText="zygomorphe")
    assert [i["title"] for i in member["items"]] == ["Compte rendu"]
    assert "zygomorphe" in snippet_text(member["items"][0]).lower()
    assert counts(member, "portal_type") == {"File": 1}
    outsider = as_user("wg_outsider").get("@search", params={"SearchableText": "zygomorphe"})
    assert outsider.status_code == 200
    body = outsider.json()
    assert body["items_total"] == 0
    assert "zygomorphe" not in str({k: v for k, v in body.items() if k != "@id"}).lower()
    assert all(not counts for counts in body["facets"].values())


def test_more_occurrences_rank_higher(as_user, solr):
    staff = as_user("fede_staff")
    upload_pdf(staff, THEMATIC, "Une fois", "La quinoline apparait ici. Du texte en plus pour la longueur.")
    upload_pdf(
        staff, THEMATIC, "Cinq fois", "quinoline quinoline quinoline", "quinoline et quinoline encore."
    )
    titles = [i["title"] for i in search(as_user("nurse_igl"), SearchableText="quinoline")["items"]]
    assert titles == ["Cinq fois", "Une fois"]


def test_french_accents_case_and_plural(as_user, solr):
    upload_pdf(as_user("fede_staff"), THEMATIC, "Réunion", "Les INFIRMIERES et les infirmieres de garde.")
    for words in ("infirmière", "INFIRMIÈRE", "Infirmières"):
        titles = [i["title"] for i in search(as_user("gp_igb"), SearchableText=words)["items"]]
        assert "Réunion" in titles, words


def test_sort_by_date_and_facet_counts(as_user, solr):
    staff = as_user("fede_staff")
    upload_pdf(staff, THEMATIC, "Ancien", "le mot xylophage une fois")
    upload_pdf(staff, THEMATIC, "Récent", "xylophage xylophage xylophage")
    upload_pdf(staff, WG, "Caché", "xylophage dans le groupe de travail")
    reader = as_user("gp_igb")
    by_date = search(reader, SearchableText="xylophage", sort_on="created", sort_order="reverse")
    assert [i["title"] for i in by_date["items"]] == ["Récent", "Ancien"]
    assert counts(by_date, "portal_type") == {"File": 2}
    assert sum(counts(by_date, "fmm_groups").values()) == 2
    member = search(as_user("wg_member"), SearchableText="xylophage")
    assert member["items_total"] == 3 and counts(member, "portal_type") == {"File": 3}


def test_batches_from_solr_keep_totals_facets_and_snippets(as_user, solr):
    staff = as_user("fede_staff")
    for title in ("Tamanoir un", "Tamanoir deux", "Tamanoir trois"):
        upload_pdf(staff, THEMATIC, title, "Le mot tamanoir est dans ce PDF.")
    reader = as_user("gp_igb")
    first = search(reader, SearchableText="tamanoir", b_size=2, sort_on="sortable_title")
    second = search(reader, SearchableText="tamanoir", b_size=2, b_start=2, sort_on="sortable_title")
    assert first["items_total"] == second["items_total"] == 3
    assert [i["title"] for i in first["items"]] == ["Tamanoir deux", "Tamanoir trois"]
    assert [i["title"] for i in second["items"]] == ["Tamanoir un"]
    assert counts(first, "portal_type") == counts(second, "portal_type") == {"File": 3}
    assert "tamanoir" in snippet_text(second["items"][0]).lower()
    assert "batching" in first


def test_summaries_from_the_fields_asked_and_solr_parameters_of_the_request_ignored(as_user, solr):
    upload_pdf(as_user("fede_staff"), WG, "Ordre du jour", "Le mot quetzalcoatl est ici.", description="ODJ")
    member = search(
        as_user("wg_member"), SearchableText="quetzalcoatl", metadata_fields=["effective", "created"]
    )
    (item,) = member["items"]
    assert item["title"] == "Ordre du jour" and item["description"] == "ODJ"
    assert item["@type"] == "File" and item["@id"].startswith("http")
    assert item["effective"] and item["created"] and item["review_state"] is not None
    assert "allowedRolesAndUsers" not in item
    # Solr's own parameters from the request change nothing: no wider filter, other core or field
    sneaky = {
        "fq": "*:*",
        "fl": "allowedRolesAndUsers",
        "core": "elsewhere",
        "facet_field": "allowedRolesAndUsers",
        "bq": "*:*^100",
    }
    outsider = search(as_user("wg_outsider"), SearchableText="quetzalcoatl", **sneaky)
    assert outsider["items_total"] == 0
    again = search(as_user("wg_member"), SearchableText="quetzalcoatl", **sneaky)
    assert [i["title"] for i in again["items"]] == ["Ordre du jour"]
    assert set(again["facets"]) == set(member["facets"])


def test_documents_tab_shows_locked_documents_without_content(as_user, world_portal, solr):
    staff = as_user("fede_staff")
    upload_pdf(staff, WG, "Procès-verbal du GT", "Le mot secret est ornithorynque.", description="PV de mars")
    outsider = as_user("wg_outsider").get("@documents", params={"SearchableText": "Procès-verbal"})
    assert outsider.status_code == 200, outsider.text
    items = {i["title"]: i for i in outsider.json()["items"]}
    locked = items["Procès-verbal du GT"]
    assert locked["can_open"] is False
    assert locked["description"] == "PV de mars"
    assert locked["group"]["title"] == "GT Écologie"
    assert [f["title"] for f in locked["folder"]] == ["groupes-de-travail", "gt-ecologie-test"]
    assert "ornithorynque" not in outsider.text and "snippet" not in locked
    # content words never find a locked document
    by_content = as_user("wg_outsider").get("@documents", params={"SearchableText": "ornithorynque"})
    assert by_content.json()["items_total"] == 0
    # opening it is refused
    assert as_user("wg_outsider").get(locked["@id"]).status_code in (401, 403)
    member = as_user("wg_member").get("@documents", params={"SearchableText": "ornithorynque"})
    assert [i["can_open"] for i in member.json()["items"]] == [True]


def test_confidential_space_documents_are_absent(as_user, solr):
    admin = as_user("site_admin")
    assert admin.patch(WG, json={"confidential": True}).status_code == 204
    upload_pdf(as_user("fede_staff"), WG, "Note confidentielle", "rien")
    outsider = as_user("wg_outsider").get("@documents", params={"SearchableText": "confidentielle"})
    assert outsider.json()["items_total"] == 0
    member = as_user("wg_member").get("@documents", params={"SearchableText": "confidentielle"})
    assert member.json()["items_total"] == 1


def solr_docs(solr, query="*:*", **params):
    response = requests.get(
        f"{solr.core_url}/select", params={"q": query, "rows": 10000, "wt": "json", **params}
    )
    assert response.status_code == 200, response.text
    return response.json()["response"]["docs"]


def test_workers_and_jobs_in_solr_without_email_gsm_or_login(world_portal, solr):
    workers = world_portal["travailleurs"]
    # contacts of a job that are not public
    job = workers["nurse_igl"].jobs()[0]
    job.email, job.phone, job.mobile = "job.prive@example.org", "+32 4 999 88 77", "+32 477 66 55 44"
    job.email_public = job.phone_public = job.mobile_public = False
    job.reindexObject()
    # edited in this thread (not over HTTP): reaches Solr at commit
    workers["gp_igb"].first_name = "Gaspard"
    workers["gp_igb"].reindexObject()
    transaction.commit()

    worker_docs = {d["UID"]: d for d in solr_docs(solr, fq="portal_type:Worker")}
    job_docs = {d["UID"]: d for d in solr_docs(solr, fq="portal_type:Job")}
    assert len(worker_docs) == len(PEOPLE)
    assert worker_docs[workers["gp_igb"].UID()]["Title"] == "Gaspard Test"
    for user_id in PEOPLE:
        worker = workers[user_id]
        assert worker.email == login_of(user_id) and worker.mobile
        docs = [worker_docs[worker.UID()]] + [job_docs[j.UID()] for j in worker.jobs()]
        for doc in docs:
            text = json.dumps(doc, ensure_ascii=False)
            assert login_of(user_id) not in text and worker.mobile not in text, text
            assert not {"email", "mobile", "phone"} & set(doc)
    assert job_docs[job.UID()]["Title"] == job.Title()
    everything = json.dumps(solr_docs(solr), ensure_ascii=False)
    for private in ("@example.org", "+32 470", "+32 4 999", "+32 477", "job.prive"):
        assert private not in everything, private


def test_solr_down_falls_back_then_reindex_restores(as_user, world_portal, solr):
    staff = as_user("fede_staff")
    upload_pdf(
        staff, THEMATIC, "Résilience", "Le mot pangolin figure dans ce PDF.", description="Rapport annuel"
    )
    obsolete = upload_pdf(
        staff, THEMATIC, "Obsolète", "Le mot axolotl figure dans ce PDF.", description="Rapport annuel"
    )
    reader = as_user("gp_igb")
    assert search(reader, SearchableText="pangolin")["items_total"] == 1
    assert len(solr_docs(solr, "SearchableText:axolotl")) == 1
    solr.stop()
    try:
        response = reader.get("@search", params={"SearchableText": "Résilience"})
        assert response.status_code == 200, response.text
        assert [i["title"] for i in response.json()["items"]] == ["Résilience"]
        # the catalog's answer: batched, facets counting every match
        page = search(reader, SearchableText="annuel", b_size=1, sort_on="sortable_title")
        assert page["items_total"] == 2 and [i["title"] for i in page["items"]] == ["Obsolète"]
        assert counts(page, "portal_type") == {"File": 2}
        # editing and deleting content while Solr is down still work
        renamed = staff.patch(f"{THEMATIC}/them-doc", json={"title": "Dossier écrit pendant la panne"})
        assert renamed.status_code == 204
        assert staff.delete(obsolete["@id"]).status_code == 204
    finally:
        solr.start()
    # Solr missed both changes
    assert solr_docs(solr, "Title:panne") == []
    assert len(solr_docs(solr, "SearchableText:axolotl")) == 1
    result = reindex_all(world_portal)  # what backend/scripts/solr_reindex.py runs
    assert result.indexed == result.total > 40 and result.removed == 1
    assert [d["Title"] for d in solr_docs(solr, "Title:panne")] == ["Dossier écrit pendant la panne"]
    assert solr_docs(solr, "SearchableText:axolotl") == []
    found = search(reader, SearchableText="panne")
    assert [i["title"] for i in found["items"]] == ["Dossier écrit pendant la panne"]
    assert snippet_text(found["items"][0])  # answered by Solr
    assert search(reader, SearchableText="pangolin")["items_total"] == 1


def test_a_profile_change_reaches_solr_once(as_user, solr, monkeypatch):
    """The Worker's indexers look its workplace up without reprocessing the indexing queue."""
    sent = Counter()
    index = SolrIndexProcessor.index

    def counted(processor, obj, attributes=None):
        sent[obj.getId()] += 1
        return index(processor, obj, attributes)

    monkeypatch.setattr(SolrIndexProcessor, "index", counted)
    response = as_user("nurse_igl").patch("@my-profile", json={"expertise": "plaies"})
    assert response.status_code == 200, response.text
    assert sent == {"nurse_igl": 1}


def test_content_out_of_its_dates_stays_hidden_whatever_the_request_asks(as_user, solr):
    """Plone's catalog shows inactive content to whoever passes ``show_inactive``: not here."""
    later = "2099-01-01T00:00:00"
    upload_pdf(as_user("fede_staff"), THEMATIC, "Embargo", "Le mot capybara est ici.", effective=later)
    reader = as_user("gp_igb")
    for params in ({"SearchableText": "capybara"}, {"Title": "Embargo"}):
        for sneaky in ({}, {"show_inactive": "1"}, {"show_inactive": "true"}):
            assert search(reader, **params, **sneaky)["items_total"] == 0, (params, sneaky)
    assert len(solr_docs(solr, "SearchableText:capybara")) == 1  # indexed, only filtered out
