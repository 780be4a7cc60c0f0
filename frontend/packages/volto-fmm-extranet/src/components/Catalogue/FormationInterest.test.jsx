import { fireEvent, screen, waitFor } from '@testing-library/react';
import FormationInterest from './FormationInterest';
import { renderWithStore } from '../../helpers/testing';

const loaded = (data) => ({ loading: false, loaded: true, error: null, data });

const render = (data, api) =>
  renderWithStore(<FormationInterest path="/formations/cnv" />, {
    state: { services: { formationInterest: loaded(data) } },
    api,
  });

describe('FormationInterest', () => {
  it('lets a worker say she is interested', async () => {
    const calls = [];
    render({ interested: false, scheduled: false }, (request) => {
      calls.push(request);
      return { interested: true, scheduled: false };
    });
    const button = screen.getByRole('button', { name: 'I am interested' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('list')).toBeNull(); // workers do not see who
    fireEvent.click(button);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      op: 'post',
      path: '/formations/cnv/@interest',
      data: { interested: true },
    });
  });

  it('shows the staff who is interested', () => {
    render({
      interested: false,
      scheduled: false,
      people: [
        {
          user_id: 'anne',
          first_name: 'Anne',
          last_name: 'Dupont',
          workplaces: ['MM du Laveu'],
        },
      ],
    });
    expect(screen.getByText('1 person is interested:')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Anne Dupont (MM du Laveu)',
    );
  });

  it('shows nothing once a session is scheduled', () => {
    const { container } = render({ interested: true, scheduled: true });
    expect(container).toBeEmptyDOMElement();
  });
});
