/**
 * What the extranet adds inside the content views (Volto 18 slots).
 *
 * The heart and "share" bar of a content page (Layout/ItemActions) sits in the
 * `belowContent` slot of every content view but the site root (the home page);
 * its state comes with the content (the `favourite` expander of settings.js).
 */
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
  return config;
};

export default applySlots;
