import { fireEvent, screen, waitFor } from '@testing-library/react';
import EraseWorker from './EraseWorker';
import { renderWithStore } from '../../helpers/testing';

const LEFT = {
  '@type': 'Worker',
  id: 'depart_rgpd',
  title: 'Paul Renard',
  review_state: 'left',
};
const ADMIN = { actions: { user: [{ id: 'plone_setup' }], object: [] } };

const render = (content, { admin = true, api } = {}) =>
  renderWithStore(<EraseWorker content={content} />, {
    api,
    state: { actions: admin ? ADMIN : { actions: { user: [], object: [] } } },
  });

describe('EraseWorker', () => {
  it('erases a departed worker after a confirmation, then shows the audit log', async () => {
    const api = jest.fn(() => null);
    const { seen } = render(LEFT, { api });
    fireEvent.click(
      screen.getByRole('button', { name: 'Erase their personal data' }),
    );
    expect(api).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Erase the personal data of Paul Renard?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Erase their personal data' }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Yes, erase their data' }),
    );
    expect(api).toHaveBeenCalledWith({
      op: 'post',
      path: '/@workers/depart_rgpd/erase',
      data: {},
    });
    await waitFor(() =>
      expect(`${seen.location.pathname}${seen.location.search}`).toBe(
        '/journal-d-audit?action=erased',
      ),
    );
  });

  it.each([
    ['an active worker', { ...LEFT, review_state: 'active' }, true],
    ['another content', { ...LEFT, '@type': 'Document' }, true],
    ['someone not an administrator', LEFT, false],
  ])('is not offered for %s', (_name, content, admin) => {
    render(content, { admin });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
