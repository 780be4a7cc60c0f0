import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import NewsletterView from './NewsletterView';
import { POLL_MS } from './NewsletterSending';
import { apiError, renderWithStore } from '../../helpers/testing';
import { GET_SERVICE } from '../../constants/ActionTypes';

const PATH = '/lettre-electronique/lettre-de-mars';
const KEY = `newsletter-${PATH}`;

const content = {
  '@id': `http://localhost:8080/Plone${PATH}`,
  title: 'Lettre de mars',
  description: 'Les nouvelles du mois',
  intro: 'Bonjour à toutes et à tous,\nvoici les nouvelles.',
  items: [
    {
      '@id': 'http://localhost:8080/Plone/actualites/ag',
      title: 'Assemblée générale',
      description: 'Le compte rendu.',
      effective: '2026-03-02T09:00:00+00:00',
    },
    {
      '@id': 'http://localhost:8080/Plone/outils/kit',
      title: 'Kit animation',
      description: '',
    },
  ],
};

const status = (fields = {}) => ({
  state: 'draft',
  audience: { title: 'Tous les travailleurs actifs', count: 12 },
  sent: 0,
  total: 0,
  started: null,
  finished: null,
  ...fields,
});

/** The view with `@newsletter`'s answer (`answer`: data or error). */
const renderView = ({ data = null, error = null, more = {}, api } = {}) =>
  renderWithStore(<NewsletterView content={content} />, {
    state: {
      services: {
        [KEY]: { loading: false, loaded: Boolean(data), data, error },
        ...more,
      },
    },
    api,
  });

const gets = (store) =>
  store
    .getActions()
    .filter((action) => action.type === GET_SERVICE)
    .map((action) => action.request.path);

describe('NewsletterView', () => {
  it('shows a reader the intro and the items, without the sending', () => {
    const { store } = renderView({ error: apiError(403) });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Lettre de mars' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/voici les nouvelles/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Assemblée générale' }),
    ).toHaveAttribute('href', '/actualites/ag');
    expect(screen.getByText('Le compte rendu.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kit animation' })).toBeVisible();
    expect(
      screen.queryByRole('heading', { name: 'Prepare the sending' }),
    ).not.toBeInTheDocument();
    expect(gets(store)).toEqual([`${PATH}/@newsletter`]);
  });

  it('lets a sender preview, test and send after confirming', async () => {
    const requests = [];
    const { store } = renderView({
      data: status(),
      more: {
        [`newsletter-preview-${PATH}`]: {
          loaded: true,
          data: {
            subject: 'Lettre de mars',
            html: '<p>Bonjour</p>',
            text: 'Bonjour',
          },
        },
      },
      api: (request) => {
        requests.push(request);
        if (request.path.endsWith('/test')) {
          return { message: 'Un test vous est envoyé.' };
        }
        return status({ state: 'sending', total: 12 });
      },
    });
    expect(
      screen.getByText('Recipients: Tous les travailleurs actifs (12 people).'),
    ).toBeInTheDocument();

    const preview = screen.getByRole('button', { name: 'Preview' });
    fireEvent.click(preview);
    expect(preview).toHaveAttribute('aria-expanded', 'true');
    const frame = screen.getByTitle('Preview of the mail: Lettre de mars');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', '<p>Bonjour</p>');
    expect(gets(store)).toContain(`${PATH}/@newsletter/preview`);

    fireEvent.click(screen.getByRole('button', { name: 'Send me a test' }));
    expect(
      await screen.findByText('Un test vous est envoyé.'),
    ).toBeInTheDocument();

    fireEvent.click(
      screen.getByRole('button', { name: 'Send to 12 recipients' }),
    );
    const question = screen.getByRole('alertdialog');
    expect(question).toHaveTextContent(
      'Send the newsletter to 12 recipients now?',
    );
    await waitFor(() =>
      expect(
        screen.getByText(/Send the newsletter to 12 recipients/),
      ).toHaveFocus(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Yes, send it' }));
    await waitFor(() =>
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument(),
    );
    expect(requests.map(({ op, path, data }) => [op, path, data])).toEqual([
      ['post', `${PATH}/@newsletter/test`, {}],
      ['post', `${PATH}/@newsletter/send`, {}],
    ]);
    // The status is asked again once the sending started.
    expect(
      gets(store).filter((path) => path === `${PATH}/@newsletter`),
    ).toHaveLength(2);
  });

  it('shows why the sending is refused', async () => {
    renderView({
      data: status(),
      api: () => {
        throw apiError(409, {
          type: 'Conflict',
          message: 'Cette lettre est déjà envoyée.',
          errors: [],
        });
      },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Send to 12 recipients' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Yes, send it' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cette lettre est déjà envoyée.',
    );
  });

  it('follows the progress of a sending until it is sent', () => {
    jest.useFakeTimers();
    try {
      const { store } = renderView({
        data: status({ state: 'sending', sent: 3, total: 12 }),
      });
      const bar = screen.getByRole('progressbar', { name: 'Sending progress' });
      expect(bar).toHaveAttribute('value', '3');
      expect(bar).toHaveAttribute('max', '12');
      expect(screen.getByText('3 / 12 sent')).toHaveAttribute(
        'aria-live',
        'polite',
      );
      expect(
        screen.queryByRole('button', { name: /Send to/ }),
      ).not.toBeInTheDocument();
      act(() => jest.advanceTimersByTime(POLL_MS * 2));
      expect(gets(store)).toEqual(Array(3).fill(`${PATH}/@newsletter`));
    } finally {
      jest.useRealTimers();
    }
  });

  it('says when a sent issue left', () => {
    renderView({
      data: status({
        state: 'sent',
        sent: 12,
        total: 12,
        finished: '2026-03-12T13:00:00+00:00',
      }),
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      /Sent on March 12, 2026 .* to 12 recipients\./,
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
