/**
 * What the extranet adds inside the content views (Volto 18 slots).
 *
 * The heart and "share" bar of a content page (Layout/ItemActions) sits in the
 * `belowContent` slot of every content view but the site root (the home page);
 * its state comes with the content (the `favourite` expander of settings.js).
 */
import EraseWorker from '../components/Gdpr/EraseWorker';
import ItemActions from '../components/Layout/ItemActions/ItemActions';

/** Any content page but the site root's. */
const notSiteRoot = ({ content }) => content?.['@type'] !== 'Plone Site';

const applySlots = (config) => {
  config.registerSlotComponent({
    slot: 'belowContent',
    name: 'itemActions',
    component: ItemActions,
    predicates: [notSiteRoot],
  });
  // Administrators, on the page of a worker who left: erase their data.
  config.registerSlotComponent({
    slot: 'belowContent',
    name: 'eraseWorker',
    component: EraseWorker,
    predicates: [({ content }) => content?.['@type'] === 'Worker'],
  });
  return config;
};

export default applySlots;
