// Action types of the extranet's custom REST services.
// Any GET service of the backend, in a named subrequest (see useService).
export const GET_SERVICE = 'GET_SERVICE';
export const RESET_SERVICE = 'RESET_SERVICE';
// A call of a backend service whose answer the caller reads from the
// promise (see helpers/useServiceCall), e.g. POST, PATCH, DELETE.
export const CALL_SERVICE = 'CALL_SERVICE';
