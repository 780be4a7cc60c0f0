/**
 * The path of the item a form is about: the item edited (`…/edit`) or the
 * container added to (`…/add?type=…`); the site root is `''`.
 * @param {string} pathname The router's pathname.
 * @returns {string} e.g. `/groupes-de-travail/gt-climat`.
 */
const contextPath = (pathname) =>
  (pathname || '').replace(/\/(edit|add)\/?$/, '').replace(/\/$/, '');

export default contextPath;
