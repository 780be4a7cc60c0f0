/**
 * Volto add-on of the FMM extranet: configuration applied to Volto, one
 * module of `config/` per kind of registration.
 */
import applyReducers from './config/reducers';
import applyRoutes from './config/routes';
import applySettings from './config/settings';
import applySlots from './config/slots';
import applyViews from './config/views';
import applyWidgets from './config/widgets';
import './theme/extranet.less';

export { ROUTES } from './config/routes';

const applyConfig = (config) =>
  [
    applySettings,
    applyRoutes,
    applySlots,
    applyReducers,
    applyViews,
    applyWidgets,
  ].reduce((current, apply) => apply(current), config);

export default applyConfig;
