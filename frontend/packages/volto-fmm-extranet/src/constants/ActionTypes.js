// Action types of the extranet's custom REST services.
export const GET_MY_SHORTCUTS = 'GET_MY_SHORTCUTS';
export const GET_DOCUMENTS = 'GET_DOCUMENTS';
export const SUBMIT_ACCOUNT_REQUEST = 'SUBMIT_ACCOUNT_REQUEST';
export const RESET_ACCOUNT_REQUEST = 'RESET_ACCOUNT_REQUEST';
