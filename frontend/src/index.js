// Server entry point: Volto's server-side rendering server.
import start from '@plone/volto/start-server';

const reloadServer = start();

if (module.hot) {
  reloadServer();
}
