"""What the site search answers on a real Solr: content not people, labelled facets,
filters, highlighted snippets, relevance by type, refused filters."""

from tests.search.test_search_solr import counts
from tests.search.test_search_solr import search
from tests.search.test_search_solr import THEMATIC
from tests.search.test_search_solr import upload_pdf
from tests.search.test_search_solr import WG
import pytest
import re


pytestmark = pytest.mark.solr


def facet(body, field):
    return {entry["value"]: entry for entry in body["facets"][field]}


def test_people_are_not_results_but_the_directory_finds_them(as_user, solr):
    reader = as_user("gp_igb")
    # every test worker is called "… Test"; their jobs are indexed too
    found = search(reader, SearchableText="Test")
    assert not {"Worker", "Job"} & {i["@type"] for i in found["items"]}
    assert not {"Worker", "Job"} & set(counts(found, "portal_type"))
    directory = search(reader, SearchableText="Test", portal_type="Worker")
    assert directory["items_total"] > 0 and {i["@type"] for i in directory["items"]} == {"Worker"}
    listed = search(reader, use_site_search_settings="1", sort_on="sortable_title", b_size=200)
    assert listed["items_total"] > 0 and not {"Worker", "Job"} & {i["@type"] for i in listed["items"]}


def test_facets_are_labelled_for_people(as_user, solr):
    staff = as_user("fede_staff")
    upload_pdf(staff, THEMATIC, "Carnet vert", "Le mot lombric dans un carnet.")
    upload_pdf(staff, WG, "Carnet du GT", "Le mot lombric au GT.")
    as_user("thematic_coord").post(
        THEMATIC, json={"@type": "Document", "title": "Lombric en ville", "description": "lombric"}
    )
    found = search(as_user("wg_member"), SearchableText="lombric")
    assert found["items_total"] == 3
    types = facet(found, "portal_type")
    assert {v: (e["title"], e["count"]) for v, e in types.items()} == {
        "File": ("Fichier", 2),
        "Document": ("Page Web", 1),
    }
    assert [e["value"] for e in found["facets"]["portal_type"]] == ["File", "Document"]  # most first
    groups = {e["title"]: e["count"] for e in found["facets"]["fmm_groups"]}
    assert groups == {"Santé et environnement": 2, "GT Écologie": 1}
    authors = {e["title"]: e["count"] for e in found["facets"]["Creator"]}
    assert authors == {"Fede Test": 2, "Thematic Test": 1}
    assert "@" not in str(found["facets"]) and "example.org" not in str(found["items"])
    assert {i["author"] for i in found["items"]} == {"Fede Test", "Thematic Test"}
    year = found["facets"]["fmm_year"]
    assert len(year) == 1 and year[0]["count"] == 3 and year[0]["title"].isdigit()


def test_each_facet_narrows_the_results(as_user, solr):
    staff = as_user("fede_staff")
    upload_pdf(staff, THEMATIC, "Note thématique", "Le mot chrysalide ici.")
    upload_pdf(staff, WG, "Note du GT", "Le mot chrysalide là.")
    as_user("thematic_coord").post(THEMATIC, json={"@type": "Document", "title": "Chrysalide"})
    reader = as_user("wg_member")
    found = search(reader, SearchableText="chrysalide")
    assert found["items_total"] == 3
    group = next(e for e in found["facets"]["fmm_groups"] if e["title"] == "GT Écologie")
    by_group = search(reader, SearchableText="chrysalide", fmm_groups=group["value"])
    assert [i["title"] for i in by_group["items"]] == ["Note du GT"]
    author = next(e for e in found["facets"]["Creator"] if e["title"] == "Thematic Test")
    by_author = search(reader, SearchableText="chrysalide", Creator=author["value"])
    assert [i["title"] for i in by_author["items"]] == ["Chrysalide"]
    by_type = search(reader, SearchableText="chrysalide", portal_type="File")
    assert by_type["items_total"] == 2
    year = found["facets"]["fmm_year"][0]["value"]
    assert search(reader, SearchableText="chrysalide", fmm_year=year)["items_total"] == 3
    assert search(reader, SearchableText="chrysalide", fmm_year="1999")["items_total"] == 0


def test_snippets_are_escaped_text_with_the_words_marked(as_user, solr):
    upload_pdf(
        as_user("fede_staff"), THEMATIC, "Balise", "Le <script>alert(1)</script> et le mot mandragore."
    )
    item = search(as_user("gp_igb"), SearchableText="mandragore")["items"][0]
    assert re.findall(r"<mark>(.*?)</mark>", item["snippet"]) == ["mandragore"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in item["snippet"]
    assert re.sub(r"</?mark>", "", item["snippet"]).count("<") == 0


def test_documents_and_content_come_before_medical_houses(as_user, solr):
    staff = as_user("fede_staff")
    upload_pdf(staff, THEMATIC, "Rapport annuel", "La bergamote de quartier, une fois.")
    admin = as_user("site_admin")
    response = admin.post(
        "maisons-medicales",
        json={
            "@type": "MedicalHouse",
            "title": "Maison médicale La Bergamote",
            "number": 333,
            "street": "Rue de la Bergamote 1",
            "postal_code": "4000",
            "municipality": "Liège",
            "intergroup": "igl",
            "payment_mode": "forfait",
        },
    )
    assert response.status_code == 201, response.text
    found = search(as_user("gp_igb"), SearchableText="bergamote")
    assert [i["@type"] for i in found["items"]] == ["File", "MedicalHouse"]
    by_date = search(as_user("gp_igb"), SearchableText="bergamote", sort_on="created", sort_order="reverse")
    assert [i["@type"] for i in by_date["items"]] == ["MedicalHouse", "File"]


@pytest.mark.parametrize(
    "params,field",
    [
        ({"portal_type": "Nope"}, "portal_type"),
        ({"fmm_year": "20x6"}, "fmm_year"),
        ({"fmm_announcement_type": "spaceship"}, "fmm_announcement_type"),
        ({"Creator:list": ["a", "b"], "fmm_year:list": ["2026", "soon"]}, "fmm_year"),
    ],
)
def test_bad_filters_are_refused_in_french(as_user, solr, params, field):
    response = as_user("gp_igb").get("@search", params={"SearchableText": "santé", **params})
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["type"] == "BadRequest" and body["message"]
    assert field in [e["field"] for e in body["errors"]]
