"""Write services accept only JSON: a cross-site form riding on the classic cookie is refused.

A page of another site can make the browser POST a ``text/plain``, urlencoded or
multipart body with the extranet's ``__ac`` cookie (only SameSite=Lax stops it
today), or a body-less ``fetch``. Such a request is refused with a 415 in the one
error shape, before anything is read or changed; JSON (which a cross-site page cannot
send without CORS, ``{}`` when there is nothing to say) and a body-less ``DELETE``
(neither) are served.
"""

from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from tests.core.test_endpoints_refuse_bad_input import assert_one_shape
from tests.helpers import browser_for
from tests.helpers import submit_form


EVIL = {"Origin": "https://evil.example", "Referer": "https://evil.example/page"}
NEWS = "actualites/news"


def cookie_session(portal, user_id):
    """A browser signed in with the classic login form: it holds the ``__ac`` cookie."""
    client = browser_for(portal)
    values = {"__ac_name": login_of(user_id), "__ac_password": PASSWORD}
    submit_form(client, "login", values, "buttons.login", form_id="LoginForm")
    assert "__ac" in client.cookies
    return client


def is_favourite(client):
    return client.get(f"{NEWS}/@favourite", headers={"Accept": "application/json"}).json()["favourite"]


def test_a_cross_site_text_plain_post_with_the_classic_cookie_is_refused(world_portal):
    browser = cookie_session(world_portal, "nurse_igl")
    for body, headers in (
        ('{"kind": "objection", "message": "x"}', {"Content-Type": "text/plain"}),
        ({"kind": "objection", "message": "x"}, {}),  # urlencoded form
    ):
        response = browser.post(
            "@gdpr-requests", data=body, headers={**EVIL, "Accept": "application/json", **headers}
        )
        assert_one_shape(response, {415})
        assert response.json()["type"] == "UnsupportedMediaType"
    mine = browser.get("@gdpr-requests/mine", headers={"Accept": "application/json"})
    assert mine.status_code == 200, mine.text
    assert mine.json()["items"] == []


def test_json_writes_and_bodyless_deletes_pass_with_the_cookie(world_portal):
    browser = cookie_session(world_portal, "nurse_igl")
    for refused in (
        browser.post(
            f"{NEWS}/@favourite",
            data="{}",
            headers={**EVIL, "Content-Type": "text/plain", "Accept": "application/json"},
        ),
        browser.post(f"{NEWS}/@favourite", headers={**EVIL, "Accept": "application/json"}),
    ):
        assert_one_shape(refused, {415})
    assert not is_favourite(browser)
    added = browser.post(f"{NEWS}/@favourite", json={}, headers={"Accept": "application/json"})
    assert added.status_code == 200, added.text
    assert is_favourite(browser)
    removed = browser.delete(f"{NEWS}/@favourite", headers={"Accept": "application/json"})
    assert removed.status_code == 200, removed.text
    assert not is_favourite(browser)
