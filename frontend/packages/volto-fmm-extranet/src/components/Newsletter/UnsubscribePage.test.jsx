import { fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router-dom';
import UnsubscribePage from './UnsubscribePage';
import { apiError, renderWithStore } from '../../helpers/testing';

const TOKEN = 'tok-123';

const renderPage = ({ data = null, error = null, api } = {}) =>
  renderWithStore(
    <Route path="/se-desabonner/:token" component={UnsubscribePage} />,
    {
      route: `/se-desabonner/${TOKEN}`,
      state: {
        services: {
          'newsletter-unsubscribe': {
            loading: false,
            loaded: Boolean(data),
            data,
            error,
          },
        },
      },
      api,
    },
  );

describe('UnsubscribePage', () => {
  it('unsubscribes in one click, without logging in', async () => {
    const requests = [];
    const { store } = renderPage({
      data: { subscribed: true },
      api: (request) => {
        requests.push(request);
        return { subscribed: false, message: 'Désabonné·e.' };
      },
    });
    expect(store.getActions()[0].request.path).toBe(
      `/@newsletter-unsubscribe/${TOKEN}`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe me' }));
    expect(
      await screen.findByText(
        'You will no longer receive the newsletter. You can subscribe again from your profile.',
      ),
    ).toBeInTheDocument();
    expect(requests).toEqual([
      { op: 'post', path: `/@newsletter-unsubscribe/${TOKEN}`, data: {} },
    ]);
    expect(
      screen.queryByRole('button', { name: 'Unsubscribe me' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My profile' })).toHaveAttribute(
      'href',
      '/mon-profil',
    );
  });

  it('says when the worker already stopped it', () => {
    renderPage({ data: { subscribed: false } });
    expect(screen.getByRole('status')).toHaveTextContent(
      'You do not receive the newsletter.',
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says clearly when the link is unknown', () => {
    renderPage({
      error: apiError(404, { type: 'NotFound', message: 'x', errors: [] }),
    });
    expect(
      screen.getByText(/This unsubscribe link is not valid\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
