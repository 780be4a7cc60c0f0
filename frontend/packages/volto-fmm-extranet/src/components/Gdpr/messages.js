/**
 * Messages of the GDPR requests, shared by the worker's page ("Mes données")
 * and the administrators' page ("Demandes RGPD").
 */
import { defineMessages } from 'react-intl';

const messages = defineMessages({
  objection: {
    id: 'Objection to the processing',
    defaultMessage: 'Objection to the processing',
  },
  erasure: { id: 'Erasure of the data', defaultMessage: 'Erasure of the data' },
  sentOn: { id: 'Sent on {date}', defaultMessage: 'Sent on {date}' },
  pending: {
    id: 'Awaiting an answer, due by {deadline}',
    defaultMessage: 'Awaiting an answer, due by {deadline}',
  },
  executed: { id: 'Executed on {date}', defaultMessage: 'Executed on {date}' },
  refused: {
    id: 'Refused on {date}: {reason}',
    defaultMessage: 'Refused on {date}: {reason}',
  },
  noMessage: { id: '(no message)', defaultMessage: '(no message)' },
  message: { id: 'Message', defaultMessage: 'Message' },
});

export default messages;

/** The label of a request's kind (`objection` or `erasure`). */
export const kindMessage = (kind) => messages[kind] || messages.erasure;
