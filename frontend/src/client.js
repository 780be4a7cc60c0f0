// Browser entry point: Volto's client, configured by the add-ons.
import client from '@plone/volto/start-client';

client();

if (module.hot) {
  module.hot.accept();
}
