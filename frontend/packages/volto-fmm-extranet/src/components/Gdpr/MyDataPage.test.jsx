import { fireEvent, screen, waitFor } from '@testing-library/react';
import MyDataPage, { FILENAME } from './MyDataPage';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });

const render = (ui, { api } = {}) =>
  renderWithStore(ui, { api, state: { userSession: { token } } });

describe('MyDataPage', () => {
  it('downloads @my-data as a JSON file, showing progress', async () => {
    const created = [];
    global.URL.createObjectURL = jest.fn((blob) => {
      created.push(blob);
      return 'blob:data';
    });
    global.URL.revokeObjectURL = jest.fn();
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record() {
        created.push(this.download);
      });
    const api = jest.fn(() => ({ profile: { email: 'anne@example.org' } }));
    render(<MyDataPage />, { api });
    fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    expect(screen.getByText('Preparing your data…')).toBeInTheDocument();
    expect(api.mock.calls[0][0]).toEqual({ op: 'get', path: '/@my-data' });
    expect(
      await screen.findByText('Your data are downloaded.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(created).toHaveLength(2));
    expect(created[0].type).toBe('application/json');
    expect(created[1]).toBe(FILENAME);
    click.mockRestore();
  });

  it('says when the data cannot be prepared', async () => {
    render(<MyDataPage />, {
      api: () => {
        throw apiError(500, {});
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your data could not be prepared. Please try again later.',
    );
  });
});
