"""HTTP sessions as real users of the access world; free loopback ports for test servers."""

from fmm_extranet.testing import login_of
from fmm_extranet.testing import PASSWORD
from plone.restapi.testing import RelativeSession
from urllib.parse import urljoin
import lxml.html
import socket


def browser_for(portal, user_id=None, kind=RelativeSession):
    """An HTTP session on ``portal`` asking for pages, as ``user_id`` (anonymous if None)."""
    session = kind(portal.absolute_url())
    if user_id:
        session.auth = (login_of(user_id), PASSWORD)
    return session


class RestSession(RelativeSession):
    """Calls the REST API as Volto does: a POST, PUT or PATCH without a body sends ``{}``."""

    def request(self, method, url, *args, **kwargs):
        bodyless = not args and all(kwargs.get(name) is None for name in ("data", "json", "files"))
        if method.upper() in ("POST", "PUT", "PATCH") and bodyless:
            kwargs["json"] = {}
        return super().request(method, url, *args, **kwargs)


def session_for(portal, user_id=None):
    """A REST session on ``portal``, logged in as ``user_id`` (anonymous if None)."""
    session = browser_for(portal, user_id, kind=RestSession)
    session.headers.update({"Accept": "application/json"})
    return session


def submit_form(session, path, values, button, form_id="form", files=None):
    """Fill in the form ``form_id`` of the page at ``path`` and press ``button``, like a browser.

    The form's own values (hidden fields, CSRF token, defaults) are kept unless
    ``values`` replaces them; a list value sends the name once per item.
    """
    page = session.get(path)
    assert page.status_code == 200, page.status_code
    form = lxml.html.fromstring(page.text).get_element_by_id(form_id)
    pairs = [(name, value) for name, value in form.form_values() if name not in values]
    for name, value in values.items():
        pairs += [(name, item) for item in (value if isinstance(value, list) else [value])]
    pairs.append((button, "1"))
    return session.post(urljoin(page.url, form.action or page.url), data=pairs, files=files)


def free_port():
    """A loopback port nobody listens on, for a server the tests start."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def page(response):
    """The HTML of a classic page that answered (a form's refusal included)."""
    assert response.status_code in (200, 400, 409, 429), response.status_code
    return lxml.html.fromstring(response.text)


def field_error(response, name):
    """The error a classic (z3c.form) page shows on the widget of field ``name``."""
    found = page(response).cssselect(f"#formfield-form-widgets-{name} .invalid-feedback")
    return found[0].text_content().strip() if found else None
