import { belgianToday } from '../../../helpers/dates';

/**
 * The news the editors put « à la une » and still hot today: their
 * `featured_until` day (the `fmm_featured_until` index, a day at midnight
 * UTC) is today or later. Newest first.
 * @param {Date} now Reference time.
 */
export const hotNewsQuery = (now = new Date(), size = 4) => ({
  portal_type: ['News Item'],
  'fmm_featured_until.query': `${belgianToday(now)}T00:00:00Z`,
  'fmm_featured_until.range': 'min',
  sort_on: 'effective',
  sort_order: 'descending',
  b_size: size,
  metadata_fields: ['effective', 'created'],
});
