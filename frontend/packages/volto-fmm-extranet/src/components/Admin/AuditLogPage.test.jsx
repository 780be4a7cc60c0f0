import { fireEvent, screen } from '@testing-library/react';
import AuditLogPage, { KEY, PATH } from './AuditLogPage';
import { fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'admin_site', fullname: 'Anne Dubois' });
const ENTRIES = [
  {
    date: '2026-03-04T10:00:00+00:00',
    actor: 'admin_site',
    action: 'erased',
    about: 'ancien-1a2b',
    details: {},
  },
  {
    date: '2026-03-03T10:00:00+00:00',
    actor: null,
    action: 'status_changed',
    about: 'gp_igb',
    details: { previous: 'active', status: 'left' },
  },
];

const render = ({ route = '/journal-d-audit', service = {} } = {}) =>
  renderWithStore(<AuditLogPage />, {
    route,
    state: {
      userSession: { token },
      services: {
        [KEY]: {
          loading: false,
          loaded: true,
          error: null,
          data: { items: ENTRIES, items_total: 60 },
          ...service,
        },
      },
    },
  });

const requested = (store) =>
  store.getActions().find((action) => action.type === 'GET_SERVICE').request
    .path;

describe('AuditLogPage', () => {
  it('asks for the filters of the URL, 25 at a time, and lists the entries', () => {
    const { store } = render({
      route: '/journal-d-audit?action=erased&start=2026-03-01&b_start=25',
    });
    expect(requested(store)).toBe(
      `${PATH}?action=erased&start=2026-03-01&b_start=25&b_size=25`,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('admin_site');
    expect(rows[0]).toHaveTextContent('Personal data erased');
    expect(rows[0]).toHaveTextContent('ancien-1a2b');
    expect(rows[1]).toHaveTextContent('the extranet');
    expect(rows[1]).toHaveTextContent('previous: active, status: left');
    expect(screen.getByLabelText('Action')).toHaveValue('erased');
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-01');
  });

  it('puts the chosen filters in the URL, from the first page', () => {
    const { seen } = render({ route: '/journal-d-audit?b_start=25' });
    fireEvent.change(screen.getByLabelText('Action'), {
      target: { value: 'status_changed' },
    });
    fireEvent.change(screen.getByLabelText('Done by (user id)'), {
      target: { value: 'fede_staff' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(seen.location.search).toBe(
      '?actor=fede_staff&action=status_changed',
    );
  });

  it('says when only administrators may read it', () => {
    render({
      service: {
        loaded: false,
        data: null,
        error: { status: 403, response: { body: {} } },
      },
    });
    expect(
      screen.getByText('Only administrators read the audit log.'),
    ).toBeInTheDocument();
  });
});
