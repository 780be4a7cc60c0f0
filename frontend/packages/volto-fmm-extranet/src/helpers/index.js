/**
 * Small helpers shared by the extranet's components.
 */
import { useSelector } from 'react-redux';
import config from '@plone/volto/registry';

/** URL of a backend service as the browser reaches it (a download, a feed). */
export const publicApiURL = (path) => {
  const { apiPath, legacyTraverse } = config.settings;
  return `${apiPath}${legacyTraverse ? '' : '/++api++'}${path}`;
};

/**
 * Label of a value serialized by plone.restapi: vocabulary terms come as
 * `{token, title}`, references as `{'@id', title}`, plain values as strings.
 * @param {*} value Serialized value.
 * @returns {string} Human readable label.
 */
export const valueLabel = (value) => {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'object') {
    return value.title || value.label || value.token || '';
  }
  return String(value);
};

/**
 * Token of a value serialized by plone.restapi (see `valueLabel`).
 * @param {*} value Serialized value.
 * @returns {string} Token, or the plain value.
 */
export const valueToken = (value) =>
  value && typeof value === 'object' ? value.token : value;

/**
 * Whether a value carries something to display.
 * @param {*} value Any field value.
 * @returns {boolean} False for null, undefined, '', [] and empty rich text.
 */
export const hasValue = (value) => {
  if (value === null || value === undefined || value === '') {
    return false;
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (typeof value === 'object' && 'data' in value) {
    return Boolean(value.data);
  }
  return true;
};

/** @returns {boolean} Whether the visitor is logged in. */
export const useIsAuthenticated = () =>
  useSelector((state) => Boolean(state.userSession?.token));

/**
 * Whether the current user may edit the content being viewed (Plone's `edit`
 * object action) or, with `orAdd`, add content to it (an addable type).
 * @param {boolean} orAdd Whether adding content counts too.
 * @returns {boolean}
 */
export const useCanEdit = (orAdd = false) =>
  useSelector(
    (state) =>
      (state.actions?.actions?.object || []).some(
        (action) => action.id === 'edit',
      ) ||
      (orAdd && (state.types?.types || []).some((type) => type.addable)),
  );

/** Portal types of the group spaces. */
export const GROUP_TYPES = [
  'Intergroup',
  'SectoralGroup',
  'WorkingGroup',
  'Thematic',
];
