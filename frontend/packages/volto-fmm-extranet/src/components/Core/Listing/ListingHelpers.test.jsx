import { fireEvent, screen } from '@testing-library/react';
import Card, { CardList } from './Card';
import GroupSelect from './GroupSelect';
import Page from './Page';
import Results from './Results';
import useFilters, { filtersFromParams } from './useFilters';
import useService from './useService';
import { renderWithStore, searchRequests } from '../../../helpers/testing';

const groups = {
  search: {
    subrequests: {
      'fmm-group-options': {
        loaded: true,
        items: [
          {
            '@id': 'http://localhost:8080/Plone/thematiques/ethique',
            UID: 'uid-ethique',
            title: 'Éthique',
          },
        ],
      },
    },
  },
};

describe('GroupSelect', () => {
  it('offers the groups by path, or by UID', () => {
    const { store } = renderWithStore(
      <>
        <GroupSelect id="by-path" onChange={() => {}} />
        <GroupSelect id="by-uid" by="UID" onChange={() => {}} />
      </>,
      { state: groups },
    );
    expect(searchRequests(store)['fmm-group-options']).toContain(
      'metadata_fields:list=UID',
    );
    const [byPath, byUID] = screen.getAllByRole('option', { name: 'Éthique' });
    expect(byPath).toHaveValue('/thematiques/ethique');
    expect(byUID).toHaveValue('uid-ethique');
    expect(screen.getAllByLabelText('Group')).toHaveLength(2);
  });
});

describe('Page', () => {
  it('has a main heading and a description', () => {
    renderWithStore(
      <Page id="page-x" title="Trainings" description="The catalogue">
        <p>Body</p>
      </Page>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Trainings' }),
    ).toBeInTheDocument();
    expect(screen.getByText('The catalogue')).toHaveClass(
      'documentDescription',
    );
    expect(screen.getByText('Body')).toBeInTheDocument();
  });
});

describe('Results', () => {
  it('shows progress, busy, while loading', () => {
    const { container } = renderWithStore(
      <Results request={{ loading: true }} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(container.querySelector('[aria-live]')).toHaveTextContent(
      'Loading…',
    );
    expect(container.querySelector('.fmm-results-items')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  });

  it('announces the count, with pages when batched', () => {
    const onPage = jest.fn();
    renderWithStore(
      <Results
        request={{ loaded: true }}
        total={45}
        start={20}
        size={20}
        onPage={onPage}
      >
        <p>Items</p>
      </Results>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('45 results (21–40)');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPage).toHaveBeenCalledWith(40);
    expect(screen.getByText('Items')).toBeInTheDocument();
  });

  it('announces a count without pages, or a failure', () => {
    renderWithStore(<Results request={{ loaded: true }} total={1} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 result');
    expect(screen.queryByRole('navigation')).toBeNull();
    renderWithStore(
      <Results request={{ error: { status: 400 } }} errorMessage="Oops" />,
    );
    expect(screen.getByText('Oops')).toBeInTheDocument();
  });
});

describe('Card', () => {
  it('links its heading to the item', () => {
    renderWithStore(
      <CardList>
        <Card
          href="http://localhost:8080/Plone/outils/kit"
          title="Kit"
          headingLevel={3}
          meta={<span>Kit d’animation</span>}
          description="Pour animer"
        >
          <p>Actions</p>
        </Card>
      </CardList>,
    );
    const heading = screen.getByRole('heading', { level: 3, name: 'Kit' });
    expect(screen.getByRole('link', { name: 'Kit' })).toHaveAttribute(
      'href',
      '/outils/kit',
    );
    expect(heading.closest('li')).toHaveClass('fmm-card');
    expect(screen.getByRole('list')).toHaveClass('fmm-cards');
    expect(screen.getByText('Pour animer')).toBeInTheDocument();
  });
});

describe('useFilters', () => {
  const Filters = () => {
    const { filters, setFilter, submit, applyFilter, start, setStart } =
      useFilters(['q', 'kind']);
    return (
      <>
        <input
          aria-label="q"
          value={filters.q}
          onChange={(event) => setFilter('q')(event.target.value)}
        />
        <button onClick={submit}>submit</button>
        <button onClick={() => applyFilter('kind')('kit')}>kit</button>
        <button onClick={() => setStart(start + 10)}>next</button>
        <output>{filters.kind}</output>
      </>
    );
  };

  it('reads repeated parameters as one value', () => {
    expect(filtersFromParams({ a: ['x', 'y'], c: '1' }, ['a', 'b'])).toEqual({
      a: 'x,y',
      b: '',
    });
  });

  it('writes the form on submit, one filter at once, the page', () => {
    const { seen } = renderWithStore(<Filters />, {
      route: '/x?q=old&kind=poster&b_start=10',
    });
    expect(screen.getByLabelText('q')).toHaveValue('old');
    fireEvent.click(screen.getByRole('button', { name: 'next' }));
    expect(seen.location.search).toBe('?q=old&kind=poster&b_start=20');
    fireEvent.change(screen.getByLabelText('q'), { target: { value: 'new' } });
    expect(seen.location.search).toBe('?q=old&kind=poster&b_start=20');
    fireEvent.click(screen.getByRole('button', { name: 'submit' }));
    expect(seen.location.search).toBe('?q=new&kind=poster');
    fireEvent.click(screen.getByRole('button', { name: 'kit' }));
    expect(seen.location.search).toBe('?q=new&kind=kit');
    expect(screen.getByRole('status')).toHaveTextContent('kit');
  });
});

describe('useService', () => {
  const Service = ({ path }) => {
    const { loaded, data } = useService('thing', path);
    return <p>{loaded ? data.title : 'waiting'}</p>;
  };

  it('gets the service, then forgets it', () => {
    const { store, unmount } = renderWithStore(<Service path="/@thing?a=1" />);
    expect(store.getActions()).toEqual([
      {
        type: 'GET_SERVICE',
        subrequest: 'thing',
        request: { op: 'get', path: '/@thing?a=1' },
      },
    ]);
    unmount();
    expect(store.getActions()[1]).toEqual({
      type: 'RESET_SERVICE',
      subrequest: 'thing',
    });
  });

  it('reads its answer from the store, or waits', () => {
    const { store } = renderWithStore(<Service path={null} />, {
      state: { services: { thing: { loaded: true, data: { title: 'T' } } } },
    });
    expect(store.getActions()).toEqual([]);
    expect(screen.getByText('T')).toBeInTheDocument();
  });

  it('says its error in the one shape and asks again on retry', () => {
    const Failing = () => {
      const { error, retry } = useService('thing', '/@thing');
      return (
        <button type="button" onClick={retry}>
          {error.status} {error.message} {error.fields.q}
        </button>
      );
    };
    const { store } = renderWithStore(<Failing />, {
      state: {
        services: {
          thing: {
            loaded: false,
            error: {
              status: 400,
              response: {
                status: 400,
                body: {
                  type: 'BadRequest',
                  message: 'Requête invalide.',
                  errors: [{ field: 'q', message: 'Trop court.' }],
                },
              },
            },
          },
        },
      },
    });
    const button = screen.getByRole('button');
    expect(button).toHaveTextContent('400 Requête invalide. Trop court.');
    fireEvent.click(button);
    expect(store.getActions().map((action) => action.type)).toEqual([
      'GET_SERVICE',
      'GET_SERVICE',
    ]);
  });

  it('keeps a session answer: asked only when missing, never forgotten', () => {
    const Session = () => {
      const { data } = useService('kept', '/@kept', { session: true });
      return <p>{data?.title || 'waiting'}</p>;
    };
    const first = renderWithStore(<Session />);
    first.unmount();
    expect(first.store.getActions()).toEqual([
      {
        type: 'GET_SERVICE',
        subrequest: 'kept',
        request: { op: 'get', path: '/@kept' },
      },
    ]);
    const { store } = renderWithStore(<Session />, {
      state: { services: { kept: { loaded: true, data: { title: 'K' } } } },
    });
    expect(store.getActions()).toEqual([]);
    expect(screen.getByText('K')).toBeInTheDocument();
  });
});
