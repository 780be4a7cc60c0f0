import { fireEvent, screen } from '@testing-library/react';
import ShareButton from './ShareButton';
import { apiError, fakeToken, renderWithStore } from '../../helpers/testing';

const token = fakeToken({ sub: 'anne', fullname: 'Anne Dupont' });
const people = [
  {
    '@id': 'http://localhost:8080/Plone/travailleurs/julie',
    title: 'Julie Renard',
  },
  {
    '@id': 'http://localhost:8080/Plone/travailleurs/marc',
    title: 'Marc Dubois',
  },
];

const renderShare = (api) =>
  renderWithStore(<ShareButton path="/actualites/congres" />, {
    route: '/actualites/congres',
    api,
    state: { userSession: { token } },
  });

const findAndChoose = async (name) => {
  fireEvent.click(screen.getByRole('button', { name: 'Share' }));
  fireEvent.change(
    screen.getByLabelText('Find a colleague', { selector: 'input' }),
    {
      target: { value: 'ju' },
    },
  );
  fireEvent.click(screen.getByRole('button', { name: 'Search' }));
  fireEvent.click(await screen.findByLabelText(name));
};

describe('ShareButton', () => {
  it('finds colleagues and mails them the item with a message', async () => {
    const api = jest.fn((request) =>
      request.op === 'get'
        ? { items: people }
        : { sent: 1, message: 'Sent to 1 colleague(s).' },
    );
    renderShare(api);
    await findAndChoose('Julie Renard');
    expect(api.mock.calls[0][0].path).toBe(
      '/@search?portal_type=Worker&SearchableText=ju*&sort_on=sortable_title&b_size=10',
    );
    fireEvent.change(screen.getByLabelText('Message (optional)'), {
      target: { value: 'À lire' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Sent to 1 colleague(s).',
    );
    expect(api.mock.calls[1][0]).toEqual({
      op: 'post',
      path: '/actualites/congres/@share',
      data: { recipients: ['julie'], message: 'À lire' },
    });
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled(); // nobody chosen any more
  });

  it("shows the backend's refusal", async () => {
    const api = jest.fn((request) => {
      if (request.op === 'get') return { items: people };
      throw apiError(400, {
        message: 'Some fields are not valid.',
        errors: [
          {
            field: 'recipients',
            message: 'Marc Dubois may not open this item.',
          },
        ],
      });
    });
    renderShare(api);
    await findAndChoose('Marc Dubois');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Marc Dubois may not open this item.',
    );
  });
});
