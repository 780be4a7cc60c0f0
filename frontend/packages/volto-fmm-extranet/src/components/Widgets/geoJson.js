/**
 * Checks the text of a registration zone: empty, or the JSON of a GeoJSON
 * Polygon or MultiPolygon (the backend checks it again, see
 * medical_houses/content.py).
 */
export const ZONE_TYPES = ['Polygon', 'MultiPolygon'];

/**
 * @param {string} text What the editor typed.
 * @returns {Object} `{value}` (null when empty) or `{problem}`: 'json'
 *   (not JSON) or 'type' (JSON, but not a polygon).
 */
export const parseZone = (text) => {
  if (!text.trim()) return { value: null };
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: 'json' };
  }
  if (
    !value ||
    !ZONE_TYPES.includes(value.type) ||
    !Array.isArray(value.coordinates)
  ) {
    return { problem: 'type' };
  }
  return { value };
};
