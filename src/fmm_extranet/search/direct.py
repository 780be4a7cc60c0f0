"""Requests to Solr that catalog queries cannot express, under the same security.

The filter is the one Plone's catalog adds to every query of the current user
(``allowedRolesAndUsers``, and the effective range unless they may see inactive
content), written as Solr filter queries (``fq``), cached by Solr.
"""

from collective.solr.exceptions import SolrException
from collective.solr.interfaces import ISolrConnectionManager
from collective.solr.mangler import iso8601date
from collective.solr.queryparser import quote_iterable_item
from collective.solr.utils import isActive
from collective.solr.utils import prepareData
from DateTime import DateTime
from http.client import HTTPException
from plone import api
from Products.CMFCore.permissions import AccessInactivePortalContent
from zope.component import queryUtility
import json
import logging
import re
import time


logger = logging.getLogger("fmm_extranet.search")

#: Characters of Solr's query syntax, escaped in words typed by people.
SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


class SolrUnavailable(Exception):
    """Solr is off, or did not answer: the caller answers without it."""


def escaped(word):
    return SPECIAL.sub(r"\\\1", word)


def words_query(field, words):
    """Every word of ``words`` required in ``field``: ``+field:w1 +field:w2``."""
    terms = [escaped(word) for word in words.split() if word.strip()]
    return " ".join(f"+{field}:{term}" for term in terms)


def any_of(field, values):
    return f"{field}:({' OR '.join(quote_iterable_item(v) for v in values)})"


def allowed_principals():
    """The roles, groups and user id whose ``View`` the current user has, as indexed in Solr."""
    catalog = api.portal.get_tool("portal_catalog")
    data = {"allowedRolesAndUsers": catalog._listAllowedRolesAndUsers(api.user.get_current())}
    prepareData(data)  # "user:x" is indexed as "user$x"
    return data["allowedRolesAndUsers"]


def may_see_inactive():
    """Whether the current user sees content before its publication or after its expiry."""
    return api.user.has_permission(AccessInactivePortalContent, obj=api.portal.get())


class Visibility:
    """What the current user may see, read once: the roles, groups and user id whose
    ``View`` they have, whether they see content outside its publication, this minute."""

    def __init__(self):
        self.principals = allowed_principals()
        self.inactive_ok = may_see_inactive()
        self.minute = published_minute()

    def clause(self):
        """One Solr clause: what the user may see, as the catalog's own filter."""
        clause = "+" + any_of("allowedRolesAndUsers", self.principals)
        if not self.inactive_ok:
            clause += " " + published_clause(self.minute)
        return f"({clause})"


def published_minute():
    """(start, end) of this minute: what is published "now" for Solr is what
    became effective before its end and expires after its start. The same bounds all
    minute long, so that Solr answers the clause from its cache (to the millisecond, as
    Plone's ``effectiveRange``, each search filtered the whole index anew); published at
    once, expired a minute late."""
    start = time.time() // 60 * 60
    return DateTime(start), DateTime(start + 60)


def published_clause(minute=None):
    """What is published during ``minute`` (bounds of ``published_minute``; this one)."""
    start, end = (iso8601date(bound) for bound in minute or published_minute())
    return f"+effective:[* TO {end}] +expires:[{start} TO *]"


def solr_json(handler="select", **params):
    """Solr's JSON answer to ``params`` sent to ``handler``; SolrUnavailable otherwise."""
    manager = queryUtility(ISolrConnectionManager) if isActive() else None
    if manager is None:
        raise SolrUnavailable("Solr is not active")
    try:
        manager.setSearchTimeout()
        connection = manager.getConnection()
        if connection is None:
            raise SolrUnavailable("no connection to Solr")
        response = connection.search(request_handler=handler, wt="json", **params)
        try:
            return json.loads(response.read())
        finally:
            response.close()
    except (SolrException, OSError, HTTPException, ValueError) as error:
        logger.warning("Solr unavailable (%r)", error)
        raise SolrUnavailable(repr(error)) from error
    finally:
        manager.setTimeout(None)
