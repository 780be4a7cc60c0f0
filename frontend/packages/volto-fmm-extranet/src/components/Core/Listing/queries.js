/**
 * Catalog queries shared by the home page and the group spaces.
 */
const METADATA = ['effective', 'start', 'end', 'whole_day', 'created'];

export const latestQuery = (portalType, size = 5) => ({
  portal_type: portalType,
  sort_on: 'effective',
  sort_order: 'descending',
  b_size: size,
  metadata_fields: METADATA,
});

/**
 * Activities that have not ended yet, soonest first.
 * @param {Date} now Reference time (rounded to the minute so that the query,
 *   and thus the request, stays the same while a page is shown).
 */
export const upcomingActivitiesQuery = (now = new Date(), size = 5) => {
  const minute = new Date(now);
  minute.setSeconds(0, 0);
  return {
    portal_type: ['Activity'],
    'end.query': minute.toISOString(),
    'end.range': 'min',
    sort_on: 'start',
    sort_order: 'ascending',
    b_size: size,
    metadata_fields: METADATA,
  };
};
