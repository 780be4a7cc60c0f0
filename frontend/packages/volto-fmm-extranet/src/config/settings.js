/**
 * Settings of the extranet: French is the only language of the site.
 */
const applySettings = (config) => {
  config.settings = {
    ...config.settings,
    supportedLanguages: ['fr'],
    defaultLanguage: 'fr',
    isMultilingual: false,
  };
  return config;
};

export default applySettings;
