"""The helpdesk and the relays: people reach the support and coordinators without
anyone's address being revealed.

- The support form (``@support``) is open to anyone, from the login page too: its
  message reaches the support address of the Extranet settings, answerable to the
  address the person typed.
- "Contacter le·la coordinateur·rice" of a space and "Demander l'accès" to an item
  of it (``@contact-coordinators``) mail each coordinator through the extranet's
  address; the mail carries the sender's name and a reply link (``@relay``), whose
  answer reaches the sender the same way. Neither side sees the other's address.
"""

from BTrees.OOBTree import OOBTree
from datetime import timedelta
from fmm_extranet import _
from fmm_extranet import FEDERATION
from fmm_extranet.accounts import now
from fmm_extranet.accounts import setting
from fmm_extranet.accounts import site_storage
from fmm_extranet.accounts.person import clean_name
from fmm_extranet.accounts.person import read_email
from fmm_extranet.accounts.ratelimit import LIMITER
from fmm_extranet.core import mail
from fmm_extranet.core.errors import deny
from fmm_extranet.core.errors import FieldErrors
from fmm_extranet.core.mail import read_message
from fmm_extranet.core.utils import unrestricted_object
from fmm_extranet.core.vocabularies import FEDERATION_LABEL
from fmm_extranet.people.workers import worker_of
from persistent.mapping import PersistentMapping
from plone import api
from plone.app.textfield.value import RichTextValue
from zExceptions import NotFound
from zope.i18nmessageid import Message
import secrets


#: Messages one person may relay per hour (to coordinators and replies together).
RELAYS_PER_HOUR = 10
#: How long a reply link works.
RELAY_VALIDITY = timedelta(days=60)
RELAYS_KEY = "fmm_extranet.relays"
FAQ_ID = "questions-frequentes"

SUPPORT_SUBJECT = _("Support of the extranet: ${name}")
SUPPORT_BODY = _(
    "${name} (${email}) writes to the support of the extranet.\n"
    "Medical house: ${house}\n\n${message}\n\nAnswer by replying to this email."
)
CONTACT_SUBJECT = _("${sender} writes to the coordinators of ${space}")
ACCESS_SUBJECT = _("${sender} asks for access to ${item}")
RELAY_BODY = _(
    "Hello ${name},\n\n"
    "${sender} (${house}) writes to you through the extranet, about ${about}:\n\n"
    "${message}\n\n"
    "Answer through the extranet (your addresses stay hidden from each other):\n${link}"
)
RELAY_TO_SUPPORT_BODY = _(
    "${sender} (${house}) writes to the coordinators of ${about}, which has none:\n\n${message}\n\n${link}"
)
REPLY_SUBJECT = _("${sender} answers you about ${about}")
SENT = _("Your message is sent.")


def house_title(uid):
    """ "Name (number)" of a medical house, "la Fédération", or None for another value."""
    if uid == FEDERATION:
        return FEDERATION_LABEL
    house = unrestricted_object(uid) if isinstance(uid, str) else None
    return house.Title() if house is not None and house.portal_type == "MedicalHouse" else None


def workplaces_of(worker):
    """Where a worker works, as the relays name them."""
    titles = [job.workplace_title() for job in worker.jobs() if job.workplace]
    return ", ".join(titles) or FEDERATION_LABEL


# Support


def support_address():
    return (
        setting("support_address")
        or setting("sender_address")
        or api.portal.get_registry_record("plone.email_from_address")
    )


def contact_support(request, data):
    """Mail the support; a flood from one client is refused (429) before anything is read
    (counted apart from the account requests and password resets of the same address)."""
    LIMITER.attempt([f"support:{request.getClientAddr()}"], setting("rate_limit"))
    errors = FieldErrors()
    worker = worker_of(api.user.get_current().getId()) if not api.user.is_anonymous() else None
    name = clean_name(data.get("name") or (worker.title if worker else None), "name", errors)
    email = read_email(data.get("email") or (worker.email if worker else None), errors)
    message = read_message(data, errors)
    house = data.get("house") or None
    house_name = house_title(house) if house else "—"
    if house_name is None:
        errors.add("house", _("Choose a medical house, or the federation."))
    errors.refuse_if_any()
    mapping = {"name": name, "email": email, "house": house_name, "message": message}
    mail.send(
        support_address(),
        Message(SUPPORT_SUBJECT, mapping=mapping),
        Message(SUPPORT_BODY, mapping=mapping),
        reply_to=email,
    )


# Relays


def relays(create=False):
    return site_storage(RELAYS_KEY, OOBTree, create=create)


def open_relay(sender, recipients, about):
    """A reply link's token: ``recipients`` (user ids) may answer ``sender`` about ``about``."""
    token = secrets.token_urlsafe(24)
    relays(create=True)[token] = PersistentMapping(
        sender=sender.user_id,
        recipients=tuple(recipients),
        about=about.UID(),
        created=now(),
    )
    return token


def brake_relays(sender):
    """A person relays at most ``RELAYS_PER_HOUR`` messages an hour (429 beyond)."""
    LIMITER.attempt([f"relay:{sender.user_id}"], RELAYS_PER_HOUR)


def relay(sender, recipients, about, subject, message):
    """Mail each recipient (Worker profiles) ``message`` from ``sender``, with a reply link."""
    brake_relays(sender)
    token = open_relay(sender, [worker.user_id for worker in recipients], about)
    link = f"{api.portal.get().absolute_url()}/repondre/{token}"
    for worker in recipients:
        body = Message(
            RELAY_BODY,
            mapping={
                "name": worker.first_name,
                "sender": sender.title,
                "house": workplaces_of(sender),
                "about": about.Title(),
                "message": message,
                "link": link,
            },
        )
        mail.send(worker.email, subject, body)


def coordinators_of(space):
    """The active coordinators of a space (Worker profiles)."""
    workers = (worker_of(user_id) for user_id in space.coordinators or ())
    return [worker for worker in workers if worker is not None and worker.status == "active"]


def contact_coordinators(space, sender, data):
    """``message`` to the coordinators of ``space``; with ``item`` (a UID inside the space),
    a request for access to that item. A space without coordinators: the support."""
    errors = FieldErrors()
    message = read_message(data, errors)
    item = None
    if data.get("item") is not None:
        item = unrestricted_object(data["item"]) if isinstance(data["item"], str) else None
        inside = "/".join(space.getPhysicalPath()) + "/"
        if item is None or not "/".join(item.getPhysicalPath()).startswith(inside):
            errors.add("item", _("This item is not in this space."))
    errors.refuse_if_any()
    recipients = coordinators_of(space)
    if item is not None:
        subject = Message(ACCESS_SUBJECT, mapping={"sender": sender.title, "item": item.Title()})
    else:
        subject = Message(CONTACT_SUBJECT, mapping={"sender": sender.title, "space": space.Title()})
    if recipients:
        relay(sender, recipients, item or space, subject, message)
        return
    brake_relays(sender)
    mapping = {
        "sender": sender.title,
        "house": workplaces_of(sender),
        "about": space.Title(),
        "message": message,
        "link": space.absolute_url(),
    }
    mail.send(support_address(), subject, Message(RELAY_TO_SUPPORT_BODY, mapping=mapping))


def relay_of(token, user_id):
    """The relay of a reply link, for one of its recipients; 404 when unknown or expired."""
    found = relays().get(token) if isinstance(token, str) else None
    if found is None or found["created"] < now() - RELAY_VALIDITY:
        raise NotFound(token)
    if user_id not in found["recipients"]:
        deny()
    return found


def relay_summary(found):
    sender = worker_of(found["sender"])
    about = unrestricted_object(found["about"])
    return {
        "sender": sender.title if sender is not None else None,
        "about": about.Title() if about is not None else None,
    }


def answer(found, replier, data):
    """Mail the reply to the relay's sender; their own reply link answers ``replier``."""
    errors = FieldErrors()
    message = read_message(data, errors)
    errors.refuse_if_any()
    sender = worker_of(found["sender"])
    about = unrestricted_object(found["about"])
    if sender is None or sender.status != "active" or about is None:
        raise NotFound("relay")
    subject = Message(REPLY_SUBJECT, mapping={"sender": replier.title, "about": about.Title()})
    relay(replier, [sender], about, subject, message)


# FAQ

#: The first questions of the FAQ (the guide's), which the staff then edit in Volto.
FAQ_TITLE = "Questions fréquentes"
FAQ_TEXT = """
<h2>Quel est mon identifiant ?</h2>
<p>Votre adresse e-mail : celle de votre demande de compte ou de l'invitation de votre maison
médicale.</p>
<h2>J'ai oublié mon mot de passe.</h2>
<p>Sur la page de connexion, choisissez « Mot de passe oublié ? » et indiquez votre adresse
e-mail. Le lien reçu est valable 24 heures ; vérifiez vos courriers indésirables.</p>
<h2>Je n'ai pas encore de compte.</h2>
<p>Demandez-le avec le formulaire « Demander un compte ». Les coordinateur·rice·s de votre
intergroupe ou l'équipe de la Fédération vérifient votre demande, en général sous 48 heures,
puis vous recevez un lien pour choisir votre mot de passe.</p>
<h2>Que faire à ma première connexion ?</h2>
<p>Complétez votre profil : vos fonctions, vos lieux de travail et, si vous le souhaitez, une
photo. Vos groupes et vos raccourcis en dépendent.</p>
<h2>Où retrouver mes inscriptions ?</h2>
<p>Dans « Mes inscriptions », depuis votre profil ou la page d'accueil.</p>
<h2>Je ne trouve pas de réponse.</h2>
<p>Écrivez au support avec le formulaire ci-dessous : indiquez vos nom, prénom, maison
médicale et comment vous joindre.</p>
"""


def ensure_faq(portal):
    """The FAQ page, created once with the guide's first questions."""
    if FAQ_ID in portal.objectIds():
        return portal[FAQ_ID]
    return api.content.create(
        container=portal,
        type="Document",
        id=FAQ_ID,
        title=FAQ_TITLE,
        text=RichTextValue(FAQ_TEXT.strip(), "text/html", "text/x-html-safe"),
    )


def faq():
    """The FAQ page (``questions-frequentes``), which anyone may read (SPEC rule 1)."""
    page = api.portal.get().get(FAQ_ID)
    if page is None or page.portal_type != "Document":
        raise NotFound(FAQ_ID)
    return page
