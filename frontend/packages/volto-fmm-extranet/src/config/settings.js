/**
 * Settings of the extranet: French is the only language of the site.
 */
const applySettings = (config) => {
  config.settings = {
    ...config.settings,
    supportedLanguages: ['fr'],
    defaultLanguage: 'fr',
    isMultilingual: false,
    // Every content page comes with the signed-in worker's favourite state
    // (`favourite` expander of the backend): no second request; a medical
    // house's page with its disciplines present (`disciplines`, ignored by
    // the other types).
    apiExpanders: [
      ...(config.settings.apiExpanders || []),
      { match: '', GET_CONTENT: ['favourite', 'disciplines'] },
    ],
  };
  // (`typeof`: the unit tests run without Volto's build-time globals.)
  if (typeof __SERVER__ !== 'undefined' && __SERVER__) {
    // The Volto server compresses its text answers (pages, scripts, styles,
    // JSON): first of its middleware, so that every later one is compressed.
    const compression = require('compression');
    config.settings.expressMiddleware = [
      compression(),
      ...(config.settings.expressMiddleware || []),
    ];
  }
  return config;
};

export default applySettings;
