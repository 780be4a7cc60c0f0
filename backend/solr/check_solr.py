#!/usr/bin/env python3
"""End-to-end checks of a running local Solr (started by solr.sh), stdlib only.

Usage: check_solr.py BASE_URL            e.g. http://127.0.0.1:18983/solr/plone
       check_solr.py BASE_URL --persisted   (only: the doc indexed before a restart is there)

It talks to Solr exactly the way collective.solr 10.1 does where that matters:
  * schema:     GET  <core>/admin/file/?file=schema.xml, parsed like collective.solr's
                SolrSchema (fieldType attributes merged under field attributes);
  * extraction: POST <core>/update/extract, multipart fields extractFormat=text,
                extractOnly=true, wt=xml and the file as `myfile`; the text is the
                first <str> element of the XML answer (indexer.BinaryAdder);
  * atomic updates with update="set".
Test files (PDF, DOCX, ODT) are generated here; nothing is downloaded.
"""

import io
import json
import os
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import uuid
import zipfile
from xml.etree import ElementTree
from xml.etree.ElementTree import iterparse

PASSED = []
FAILED = []


def check(name, condition, detail=""):
    (PASSED if condition else FAILED).append(name)
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f"  -- {detail}"))


# ------------------------------------------------------------------ HTTP helpers
def http(method, url, body=None, headers=None, timeout=120):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def get_json(base, path, **params):
    params.setdefault("wt", "json")
    status, body = http("GET", f"{base}{path}?{urllib.parse.urlencode(params, doseq=True)}")
    assert status == 200, f"GET {path} -> {status}: {body[:500]!r}"
    return json.loads(body)


def post_json(base, path, payload, **params):
    params.setdefault("wt", "json")
    url = f"{base}{path}?{urllib.parse.urlencode(params)}"
    status, body = http("POST", url, json.dumps(payload).encode(),
                        {"Content-Type": "application/json"})
    assert status == 200, f"POST {path} -> {status}: {body[:500]!r}"
    return json.loads(body)


def multipart(fields):
    """fields: list of (name, value) or (name, (filename, bytes, content_type))."""
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for name, value in fields:
        out.write(f"--{boundary}\r\n".encode())
        if isinstance(value, tuple):
            filename, data, ctype = value
            out.write(f'Content-Disposition: form-data; name="{name}"; '
                      f'filename="{filename}"\r\nContent-Type: {ctype}\r\n\r\n'.encode())
            out.write(data)
        else:
            out.write(f'Content-Disposition: form-data; name="{name}"\r\n\r\n'.encode())
            out.write(value.encode())
        out.write(b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def extract_like_collective_solr(base, filename, data, ctype):
    """Same request and same parsing as collective.solr.indexer.BinaryAdder."""
    body, content_type = multipart([
        ("extractFormat", "text"),
        ("extractOnly", "true"),
        ("wt", "xml"),
        ("myfile", (filename, data, ctype)),
    ])
    status, answer = http("POST", f"{base}/update/extract", body,
                          {"Content-Type": content_type})
    if status != 200:
        raise AssertionError(f"extract {filename} -> HTTP {status}: {answer[:800]!r}")
    root = ElementTree.fromstring(answer)
    first = root.find(".//str")
    return (first.text or "").strip(), first.get("name")


# ------------------------------------------------------------------ test documents
def make_pdf(lines, xfa=None):
    """A minimal valid one-page PDF (Helvetica, WinAnsi so French accents work).
    With xfa (bytes), the PDF also gets an AcroForm whose XFA stream is that XML."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    acroform = b" /AcroForm 6 0 R" if xfa else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R" + acroform + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
    ]
    if xfa:
        objects += [b"<< /Fields [] /XFA 7 0 R >>",
                    b"<< /Length %d >>\nstream\n" % len(xfa) + xfa + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(paragraphs):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        "word/document.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}">'
            f"<w:body>{body}</w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text.encode("utf-8"))
    return buf.getvalue()


def make_odt(paragraphs):
    mime = "application/vnd.oasis.opendocument.text"
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
        'manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mime)  # first and stored, as ODF requires
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buf.getvalue()


FILLER = ("Le service organise la formation continue des collaborateurs "
          "selon le plan annuel valide par la direction.")


# ------------------------------------------------------------------ checks
def check_schema(base):
    status, body = http("GET", f"{base}/admin/file/?file=schema.xml")
    check("schema.xml served at /admin/file/?file=schema.xml", status == 200, status)
    # parse like collective.solr.parser.SolrSchema
    types, fields, unique = {}, {}, None
    for _, elem in iterparse(io.BytesIO(body)):
        if elem.tag == "fieldType":
            types[elem.get("name")] = dict(elem.attrib)
        elif elem.tag == "field":
            f = dict(types[elem.get("type")])  # KeyError if a type comes after its field
            f.update(elem.attrib)
            fields[elem.get("name")] = f
        elif elem.tag == "uniqueKey":
            unique = elem.text
    check("uniqueKey is UID", unique == "UID", unique)
    needed = ["UID", "_version_", "allowedRolesAndUsers", "path_string", "path_parents",
              "path_depth", "SearchableText", "Title", "Description", "sortable_title",
              "portal_type", "review_state", "created", "modified", "effective",
              "fmm_group", "fmm_confidential", "fmm_functions", "fmm_space_people",
              "showinsearch", "searchwords"]
    missing = [n for n in needed if n not in fields]
    check("schema has the fields collective.solr and fmm need", not missing, missing)
    undeclared = [n for n, f in fields.items()
                  if "indexed" not in f or "stored" not in f]
    check("every field says indexed= and stored= (collective.solr has no defaults)",
          not undeclared, undeclared)
    check("SearchableText is solr.TextField and stored",
          fields["SearchableText"]["class"] == "solr.TextField"
          and fields["SearchableText"]["stored"] == "true")
    check("dates use solr.DatePointField (collective.solr date formatting)",
          fields["modified"]["class"] == "solr.DatePointField")
    forbidden = [n for n in fields if any(w in n.lower() for w in
                                          ("email", "mail", "mobile", "gsm", "phone"))]
    check("no e-mail / mobile / GSM fields", not forbidden, forbidden)


def check_extraction(base):
    timings = {}
    secret = "Le dossier de l'INFIRMIÈRE cheffe: soins palliatifs et éducation thérapeutique."
    pdf = make_pdf(["Rapport annuel 2025", secret, FILLER])
    t = time.time()
    text, name = extract_like_collective_solr(base, "rapport.pdf", pdf, "application/pdf")
    timings["first PDF extraction (lazy Tika init)"] = time.time() - t
    check("PDF: text extracted via /update/extract (first <str> = text)",
          "soins palliatifs" in text and "INFIRMIÈRE" in text, repr(text[:300]))
    # Solr names the entry after the multipart part ("myfile"); collective.solr only
    # takes the first <str>, so nothing may come before it (no echoParams on the handler).
    check("PDF: first <str> of the answer is the extracted body", name == "myfile", name)

    docx = make_docx(["Procédure d'hygiène des mains", "Désinfection obligatoire."])
    text, _ = extract_like_collective_solr(
        base, "procedure.docx", docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    check("DOCX: text extracted", "hygiène des mains" in text, repr(text[:300]))

    odt = make_odt(["Planning des veilles de nuit", "Équipe soignante du pavillon B."])
    text, _ = extract_like_collective_solr(base, "planning.odt", odt,
                                           "application/vnd.oasis.opendocument.text")
    check("ODT: text extracted", "veilles de nuit" in text, repr(text[:300]))

    # CVE-2025-66516 hardening (parse-context.xml): the XFA form of a PDF is not parsed,
    # so neither its field values nor an external entity inside it reach the text.
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as secret:
        secret.write("SECRET-FROM-DISK-4711")
    try:
        xfa = ('<?xml version="1.0"?>'
               f'<!DOCTYPE xdp [<!ENTITY xxe SYSTEM "file://{secret.name}">]>'
               '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">'
               '<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">'
               '<subform name="form1"><field name="f1"/></subform></template>'
               '<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/">'
               '<xfa:data><form1><f1>XFAVALUE &xxe;</f1></form1></xfa:data>'
               '</xfa:datasets></xdp:xdp>').encode()
        text, _ = extract_like_collective_solr(
            base, "form.pdf", make_pdf(["Formulaire visible"], xfa=xfa), "application/pdf")
    finally:
        os.unlink(secret.name)
    check("PDF with XFA form: page text extracted, XFA (and its entity) not parsed",
          "Formulaire visible" in text and "XFAVALUE" not in text and "SECRET" not in text,
          repr(text))

    # Same request with a generic content type (Plone may send application/octet-stream):
    text, _ = extract_like_collective_solr(base, "rapport.pdf", pdf,
                                           "application/octet-stream")
    check("PDF sent as application/octet-stream is still detected", "palliatifs" in text)
    return timings


def index(base, docs):
    post_json(base, "/update", docs, commit="true")


def check_search(base):
    post_json(base, "/update", {"delete": {"query": "*:*"}}, commit="true")
    now = "2026-01-15T10:00:00Z"
    common = {"portal_type": "Document", "review_state": "published",
              "allowedRolesAndUsers": ["Anonymous"], "created": now, "modified": now,
              "path_parents": ["/plone", "/plone/soins"], "path_depth": 3}
    index(base, [
        dict(common, UID="doc-infirmieres", path_string="/plone/soins/a",
             Title="Équipe", sortable_title="equipe",
             SearchableText="LES INFIRMIERES DU SERVICE DE NUIT SONT FORMEES. " + FILLER,
             fmm_group="group-uid-1", fmm_confidential=False, fmm_functions=["inf"]),
        dict(common, UID="doc-medecin", path_string="/plone/soins/b",
             Title="Garde", sortable_title="garde",
             SearchableText="Le médecin de garde répond aux appels. " + FILLER),
    ])
    for q in ("infirmière", "INFIRMIÈRE", "infirmieres", "l'infirmière", "Infirmières"):
        res = get_json(base, "/select", q=f"SearchableText:({q})", fl="UID")
        uids = [d["UID"] for d in res["response"]["docs"]]
        check(f"French analysis: {q!r} finds INFIRMIERES", uids == ["doc-infirmieres"], uids)

    # collective.solr's default registry search_pattern, for the word "infirmière";
    # an item with showinsearch=False must disappear, searchwords must boost.
    index(base, [dict(common, UID="doc-hidden", path_string="/plone/soins/h",
                      SearchableText="infirmières cachées", showinsearch=False),
                 dict(common, UID="doc-pinned", path_string="/plone/soins/p",
                      SearchableText="Accueil", searchwords=["Infirmière"],
                      showinsearch=True)])
    value = "(infirmière* OR infirmière)"
    pattern = (f"+(Title:{value}^5 OR Description:{value}^2 OR SearchableText:{value} "
               "OR SearchableText:(infirmière) OR searchwords:(infirmière)^1000) "
               "-showinsearch:False")
    res = get_json(base, "/select", q=pattern, fl="UID")
    uids = [d["UID"] for d in res["response"]["docs"]]
    check("collective.solr default search_pattern: searchwords first, showinsearch=False "
          "hidden", uids[:1] == ["doc-pinned"] and "doc-infirmieres" in uids
          and "doc-hidden" not in uids, uids)
    post_json(base, "/update", {"delete": {"query": "UID:(doc-hidden OR doc-pinned)"}},
              commit="true")

    res = get_json(base, "/select", q="SearchableText:infirmière", hl="true",
                   **{"hl.fl": "SearchableText", "hl.simple.pre": "[",
                      "hl.simple.post": "]", "hl.fragsize": "100"})
    snippets = res.get("highlighting", {}).get("doc-infirmieres", {}).get("SearchableText", [])
    check("highlighting returns a snippet with the hit marked",
          any("[INFIRMIERES]" in s for s in snippets), snippets)

    # BM25: term frequency must raise the rank (5x vs 1x, same length).
    once = make_pdf(["Rapport A", "La vaccination est recommandée.",
                     FILLER, FILLER, FILLER, FILLER, FILLER])
    five = make_pdf(["Rapport B", "La vaccination est recommandée.",
                     "Vaccination du personnel, vaccination des résidents,",
                     "vaccination saisonnière et vaccination de rappel.",
                     FILLER, FILLER, FILLER])
    text1, _ = extract_like_collective_solr(base, "a.pdf", once, "application/pdf")
    text5, _ = extract_like_collective_solr(base, "b.pdf", five, "application/pdf")
    index(base, [dict(common, UID="pdf-once", path_string="/plone/a.pdf", Title="A",
                      SearchableText=text1, portal_type="File"),
                 dict(common, UID="pdf-five", path_string="/plone/b.pdf", Title="B",
                      SearchableText=text5, portal_type="File")])
    res = get_json(base, "/select", q="SearchableText:vaccination", fl="UID,score")
    uids = [d["UID"] for d in res["response"]["docs"]]
    check("BM25: PDF with the word 5x ranks above the one with it 1x",
          uids[:2] == ["pdf-five", "pdf-once"], res["response"]["docs"])

    # Atomic update (collective.solr reindexes single attributes with update="set").
    post_json(base, "/update", [{"UID": "doc-infirmieres",
                                 "review_state": {"set": "private"}}], commit="true")
    res = get_json(base, "/select", q="UID:doc-infirmieres",
                   fl="UID,review_state,SearchableText,fmm_group,fmm_functions,created")
    doc = res["response"]["docs"][0]
    check("atomic update sets review_state and keeps the other fields",
          doc.get("review_state") == "private" and doc.get("fmm_group") == "group-uid-1"
          and "INFIRMIERES" in doc.get("SearchableText", "")
          and doc.get("fmm_functions") == ["inf"], doc)

    # Unknown catalog indexes must not break indexing.
    index(base, [dict(common, UID="doc-unknown", path_string="/plone/x",
                      some_new_catalog_index="x", getFooBar=["a", "b"])])
    res = get_json(base, "/select", q="UID:doc-unknown", fl="*")
    check("unknown fields are accepted and dropped",
          res["response"]["numFound"] == 1
          and "some_new_catalog_index" not in res["response"]["docs"][0])

    res = get_json(base, "/select", q="*:*", fq=["allowedRolesAndUsers:Anonymous",
                                                 "path_parents:\\/plone\\/soins"],
                   fl="UID", sort="sortable_title asc")
    uids = [d["UID"] for d in res["response"]["docs"]]
    check("filter on allowedRolesAndUsers + path_parents, sort on sortable_title",
          uids[:2] == ["doc-infirmieres", "doc-medecin"], uids)

    res = get_json(base, "/spell", q="infirmieres")
    check("/spell answers", "spellcheck" in res, list(res))

    # Marker document for the restart check.
    index(base, [dict(common, UID="persist-me", path_string="/plone/p",
                      SearchableText="persistance après redémarrage")])


def check_persisted(base):
    res = get_json(base, "/select", q="UID:persist-me", fl="UID")
    check("index survived the restart", res["response"]["numFound"] == 1, res["response"])


def main():
    base = sys.argv[1].rstrip("/")
    if "--persisted" in sys.argv:
        check_persisted(base)
    else:
        status, body = http("GET", f"{base}/admin/ping?wt=json")
        check("/admin/ping OK", status == 200 and json.loads(body)["status"] == "OK", body)
        check_schema(base)
        timings = check_extraction(base)
        check_search(base)
        for what, seconds in timings.items():
            print(f"time {what}: {seconds:.1f}s")
    print(f"{len(PASSED)} passed, {len(FAILED)} failed")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
