/**
 * What the extranet adds around the pages.
 *
 * The heart and "share" bar of a content page (Layout/ItemActions) stays an
 * `appExtras` entry: Volto renders it once, after the footer, on every
 * route (so it comes last in the tab order), and it shows itself on content
 * pages only. Volto 18's slots (`config.registerSlotComponent`, e.g. the
 * `belowContent` slot of content views) would render it inside the view
 * instead, which changes the page; additions inside the content views are
 * registered here as slots.
 */
import ItemActions from '../components/Layout/ItemActions/ItemActions';

const applySlots = (config) => {
  config.settings = {
    ...config.settings,
    appExtras: [
      ...(config.settings.appExtras || []),
      { match: '', component: ItemActions },
    ],
  };
  return config;
};

export default applySlots;
