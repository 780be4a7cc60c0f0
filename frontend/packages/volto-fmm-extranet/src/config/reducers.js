/**
 * Redux reducers of the extranet's custom REST services (see ../reducers).
 */
import reducers from '../reducers';

const applyReducers = (config) => {
  config.addonReducers = { ...config.addonReducers, ...reducers };
  return config;
};

export default applyReducers;
