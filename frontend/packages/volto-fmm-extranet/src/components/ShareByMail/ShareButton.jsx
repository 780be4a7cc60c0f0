import { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import useServiceCall from '../../helpers/useServiceCall';
import { toQueryString } from '../../helpers/queryString';

const messages = defineMessages({
  share: { id: 'Share', defaultMessage: 'Share' },
  title: {
    id: 'Share with colleagues',
    defaultMessage: 'Share with colleagues',
  },
  help: {
    id: "Each colleague receives an email with the link, from the extranet: nobody sees the others' address, nor yours.",
    defaultMessage:
      "Each colleague receives an email with the link, from the extranet: nobody sees the others' address, nor yours.",
  },
  find: { id: 'Find a colleague', defaultMessage: 'Find a colleague' },
  search: { id: 'Search', defaultMessage: 'Search' },
  noneFound: { id: 'Nobody found.', defaultMessage: 'Nobody found.' },
  message: {
    id: 'Message (optional)',
    defaultMessage: 'Message (optional)',
  },
  send: { id: 'Send', defaultMessage: 'Send' },
  sending: { id: 'Sending…', defaultMessage: 'Sending…' },
  close: { id: 'Close', defaultMessage: 'Close' },
  failed: {
    id: 'The item could not be shared.',
    defaultMessage: 'The item could not be shared.',
  },
});

/** The user id of a Worker from its URL (a Worker is named after its account). */
const workerId = (url) => url.replace(/\/$/, '').split('/').pop();

/**
 * "Partager" on the page of any content item: find colleagues in the
 * directory (`@search` of Workers), add a message, and `<item>/@share` mails
 * each of them the link.
 */
const ShareButton = ({ path }) => {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState(null);
  const [chosen, setChosen] = useState({});
  const [message, setMessage] = useState('');
  const search = useServiceCall();
  const sending = useServiceCall();

  const find = (event) => {
    event.preventDefault();
    const text = query.trim();
    if (!text) return;
    const params = toQueryString({
      portal_type: 'Worker',
      SearchableText: `${text}*`,
      sort_on: 'sortable_title',
      b_size: '10',
    });
    search
      .call('get', `/@search${params}`)
      .then(({ ok, result }) => ok && setFound(result.items || []));
  };
  const toggle = (item) =>
    setChosen((current) => {
      const next = { ...current };
      const id = workerId(item['@id']);
      if (next[id]) delete next[id];
      else next[id] = item.title;
      return next;
    });
  const send = (event) => {
    event.preventDefault();
    sending
      .call('post', `${path}/@share`, {
        recipients: Object.keys(chosen),
        message,
      })
      .then(({ ok }) => {
        if (ok) {
          setChosen({});
          setMessage('');
        }
      });
  };

  return (
    <div className="fmm-share">
      <button
        type="button"
        className="fmm-share-button"
        aria-expanded={open}
        aria-controls="fmm-share-panel"
        onClick={() => setOpen(!open)}
      >
        {intl.formatMessage(messages.share)}
      </button>
      {open && (
        <section
          id="fmm-share-panel"
          className="fmm-share-panel"
          aria-labelledby="fmm-share-title"
        >
          <h2 id="fmm-share-title">{intl.formatMessage(messages.title)}</h2>
          <p>{intl.formatMessage(messages.help)}</p>
          <form onSubmit={find} role="search">
            <label htmlFor="fmm-share-query">
              {intl.formatMessage(messages.find)}
            </label>
            <input
              id="fmm-share-query"
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <button type="submit" disabled={search.loading}>
              {intl.formatMessage(messages.search)}
            </button>
          </form>
          <form onSubmit={send}>
            {found && found.length === 0 && (
              <p role="status">{intl.formatMessage(messages.noneFound)}</p>
            )}
            {found && found.length > 0 && (
              <fieldset>
                <legend>{intl.formatMessage(messages.find)}</legend>
                {found.map((item) => {
                  const id = workerId(item['@id']);
                  return (
                    <div key={id}>
                      <input
                        id={`fmm-share-${id}`}
                        type="checkbox"
                        checked={!!chosen[id]}
                        onChange={() => toggle(item)}
                      />
                      <label htmlFor={`fmm-share-${id}`}>{item.title}</label>
                    </div>
                  );
                })}
              </fieldset>
            )}
            <label htmlFor="fmm-share-message">
              {intl.formatMessage(messages.message)}
            </label>
            <textarea
              id="fmm-share-message"
              maxLength={1000}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
            />
            <button
              type="submit"
              className="ui primary button"
              disabled={sending.loading || Object.keys(chosen).length === 0}
              aria-busy={sending.loading}
            >
              {intl.formatMessage(
                sending.loading ? messages.sending : messages.send,
              )}
            </button>
            <button
              type="button"
              className="ui button"
              onClick={() => setOpen(false)}
            >
              {intl.formatMessage(messages.close)}
            </button>
          </form>
          {sending.done && <p role="status">{sending.data?.message}</p>}
          {sending.error && (
            <div role="alert">
              <p>
                {sending.error.message || intl.formatMessage(messages.failed)}
              </p>
              {sending.error.fields.recipients && (
                <p>{sending.error.fields.recipients}</p>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
};

export default ShareButton;
