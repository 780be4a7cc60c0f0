"""``<fmm:unsubscribe>``: remove another package's event subscriber, to replace it.

ZCML registers subscribers without a discriminator, so an override cannot replace one.
The removal is an action run after every registration (order 1), whatever the order in
which packages are loaded.
"""

from zope.component import getGlobalSiteManager
from zope.configuration.fields import GlobalObject
from zope.configuration.fields import Tokens
from zope.interface import Interface


class IUnsubscribeDirective(Interface):
    for_ = Tokens(title="The specifications it was registered for", value_type=GlobalObject())
    handler = GlobalObject(title="The handler removed")


def unregister(handler, required):
    """Remove the subscription from the global registry that holds it (test layers stack
    registries: the package that made it may have been loaded in a lower one)."""
    registries = [getGlobalSiteManager()]
    while registries:
        registry = registries.pop(0)
        if registry.unregisterHandler(handler, required):
            return
        registries.extend(registry.__bases__)
    raise LookupError(f"{handler!r} is not subscribed for {required!r}")


def unsubscribe(context, for_, handler):
    context.action(discriminator=None, callable=unregister, args=(handler, tuple(for_)), order=1)
