import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import AccountReviewPage, { KEY } from './AccountReviewPage';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'coord', fullname: 'Coord' });

const OVERDUE = {
  id: 'w-1',
  first_name: 'Camille',
  last_name: 'Durand',
  email: 'camille.durand@example.net',
  jobs: [
    {
      workplace: 'uid-laveu',
      workplace_title: 'Maison médicale du Laveu',
      functions: ['infirmier·ère', 'psychologue'],
    },
  ],
  workplace_remark: null,
  requested: '2026-02-01T09:00:00+00:00',
  overdue: true,
};
const NOT_IN_LIST = {
  ...OVERDUE,
  id: 'w-2',
  first_name: 'Dominique',
  last_name: 'Leroy',
  email: 'dominique.leroy@example.net',
  jobs: [{ workplace: null, workplace_title: '', functions: ['kiné'] }],
  workplace_remark: 'MM des Tilleuls, Liège',
  overdue: false,
};
const FILTERS = {
  intergroup: [{ token: 'igl', title: 'IGL' }],
  house: [{ token: 'uid-laveu', title: 'Maison médicale du Laveu' }],
  function: [{ token: 'infirmier', title: 'infirmier·ère' }],
};

const render = ({ api, service, route } = {}) =>
  renderWithStore(<AccountReviewPage />, {
    api,
    route,
    state: {
      userSession: { token },
      services: {
        [KEY]: {
          loading: false,
          loaded: true,
          error: null,
          data: {
            items: [OVERDUE, NOT_IN_LIST],
            items_total: 2,
            filters: FILTERS,
          },
          ...service,
        },
      },
    },
  });

const article = (name) => screen.getByRole('article', { name });
const gets = (store) =>
  store.getActions().filter((action) => action.type === 'GET_SERVICE');

describe('AccountReviewPage', () => {
  it('shows each request as an article, the overdue one marked', () => {
    const { store } = render();
    expect(gets(store)[0]).toMatchObject({
      subrequest: KEY,
      request: { path: '/@account-requests' },
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Account requests' }),
    ).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('article');
    expect(first).toHaveAccessibleName('Camille Durand');
    expect(first).toHaveTextContent('Waiting for more than 48 hours');
    expect(
      within(first).getByRole('link', { name: 'camille.durand@example.net' }),
    ).toHaveAttribute('href', 'mailto:camille.durand@example.net');
    expect(first).toHaveTextContent('Maison médicale du Laveu');
    expect(first).toHaveTextContent('infirmier·ère, psychologue');
    expect(first).toHaveTextContent('February 1, 2026');
    expect(second).toHaveAccessibleName('Dominique Leroy');
    expect(second).not.toHaveTextContent('Waiting for more than 48 hours');
    expect(second).toHaveTextContent(
      'House not in the list: MM des Tilleuls, Liège',
    );
    expect(screen.getByText('2 results')).toHaveAttribute('role', 'status');
  });

  it('filters through the URL and asks the service with the filters', () => {
    const { store } = render({ route: '/demandes-de-compte?intergroup=igl' });
    expect(gets(store)[0].request.path).toBe(
      '/@account-requests?intergroup=igl',
    );
    const filters = screen.getByRole('search', { name: 'Filter the requests' });
    expect(within(filters).getByLabelText('Intergroup')).toHaveValue('igl');
    const house = within(filters).getByLabelText('Medical house');
    expect(within(house).getAllByRole('option')).toHaveLength(2);
    fireEvent.change(house, { target: { value: 'uid-laveu' } });
    fireEvent.click(within(filters).getByRole('button', { name: 'Search' }));
    expect(gets(store)[1].request.path).toBe(
      '/@account-requests?intergroup=igl&house=uid-laveu',
    );
  });

  it('approves with a button named after the person, then focuses the outcome', async () => {
    const api = jest.fn(() => ({ ...OVERDUE, status: 'active' }));
    const { store } = render({ api });
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Approve the request of Camille Durand',
      }),
    );
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/@account-requests/w-1/approve',
      data: {},
    });
    const outcome = await screen.findByText(
      'The request of Camille Durand is approved: the link to choose a password was mailed.',
    );
    await waitFor(() => expect(outcome).toHaveFocus());
    expect(gets(store)).toHaveLength(2);
  });

  it('rejects with a reason, showing the refusal of an empty one', async () => {
    const api = jest.fn(({ data }) => {
      if (!data.reason) {
        throw apiError(400, {
          message: 'Certains champs ne sont pas valides.',
          errors: [
            {
              field: 'reason',
              message: 'Donnez la raison du refus.',
            },
          ],
        });
      }
      return { ...NOT_IN_LIST, status: 'rejected' };
    });
    render({ api });
    const request = article('Dominique Leroy');
    const reject = within(request).getByRole('button', {
      name: 'Reject the request of Dominique Leroy…',
    });
    fireEvent.click(reject);
    const reason = within(request).getByLabelText(
      'Reason of the rejection, mailed to Dominique Leroy',
    );
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toBeRequired();
    reason.removeAttribute('required');
    fireEvent.click(
      within(request).getByRole('button', { name: 'Send the rejection' }),
    );
    expect(await within(request).findByRole('alert')).toHaveTextContent(
      'Donnez la raison du refus.',
    );
    fireEvent.change(reason, { target: { value: 'Inconnue de la MM.' } });
    fireEvent.click(
      within(request).getByRole('button', { name: 'Send the rejection' }),
    );
    expect(api).toHaveBeenLastCalledWith({
      op: 'post',
      path: '/@account-requests/w-2/reject',
      data: { reason: 'Inconnue de la MM.' },
    });
    expect(
      await screen.findByText(
        'The request of Dominique Leroy is rejected: the reason was mailed.',
      ),
    ).toBeInTheDocument();
  });

  it('gives the focus back to the reject button when cancelled', async () => {
    render();
    const request = article('Camille Durand');
    fireEvent.click(
      within(request).getByRole('button', {
        name: 'Reject the request of Camille Durand…',
      }),
    );
    fireEvent.click(within(request).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(
        within(request).getByRole('button', {
          name: 'Reject the request of Camille Durand…',
        }),
      ).toHaveFocus(),
    );
  });

  it('says when nothing waits, and who may review', () => {
    render({
      service: { data: { items: [], items_total: 0, filters: FILTERS } },
    });
    expect(
      screen.getByText('No request awaits a decision.'),
    ).toBeInTheDocument();
  });

  it('tells others that only reviewers see the requests', () => {
    render({ service: { data: null, error: { status: 403 } } });
    expect(screen.getByRole('status')).toHaveTextContent(
      "Only intergroup coordinators and the federation's staff review account requests.",
    );
    expect(screen.queryByRole('article')).toBeNull();
  });
});
