import { defineMessages, useIntl } from 'react-intl';
import { RadioGroup } from '../Core/Form/Field';
import useFilters from '../Core/Listing/useFilters';
import CataloguePage from './CataloguePage';
import DequapSelect from './DequapSelect';
import FormationCard from './FormationCard';
import { toQueryString } from '../../helpers/queryString';

const messages = defineMessages({
  title: { id: 'Trainings', defaultMessage: 'Trainings' },
  intro: {
    id: 'The trainings organised by the federation and the intergroups: those scheduled, and earlier ones that could be scheduled again if you are interested. The calendar icon marks the scheduled trainings (or those with a waiting list).',
    defaultMessage:
      'The trainings organised by the federation and the intergroups: those scheduled, and earlier ones that could be scheduled again if you are interested. The calendar icon marks the scheduled trainings (or those with a waiting list).',
  },
  filters: { id: 'Training filters', defaultMessage: 'Training filters' },
  show: { id: 'Show', defaultMessage: 'Show' },
  scheduled: {
    id: 'Scheduled sessions',
    defaultMessage: 'Scheduled sessions',
  },
  all: { id: 'Whole catalogue', defaultMessage: 'Whole catalogue' },
});

export const PAGE_SIZE = 24;
const FILTERS = ['scope', 'dequap'];

/**
 * Path of `@formations` for the URL parameters: scheduled trainings unless
 * the whole catalogue is asked (`scope=all`), of one DEQuaP category or all.
 * @param {Object} params URL parameters.
 * @returns {string} Service path with its query string.
 */
export const formationsPath = (params) =>
  `/@formations${toQueryString({
    scope: params.scope === 'all' ? 'all' : 'scheduled',
    dequap: params.dequap,
    b_start: Number(params.b_start) || 0,
    b_size: PAGE_SIZE,
  })}`;

/**
 * The training catalogue (`/formations`, "Formations" menu entry): scheduled
 * trainings or the whole catalogue, by DEQuaP category, as cards linking to
 * each training's sheet; filters live in the URL.
 */
const FormationsPage = () => {
  const intl = useIntl();
  const { params, applyFilter, start, setStart } = useFilters(FILTERS);

  return (
    <CataloguePage
      id="page-formations"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
      filtersLabel={intl.formatMessage(messages.filters)}
      filters={
        <>
          <RadioGroup
            name="formations-scope"
            legend={intl.formatMessage(messages.show)}
            value={params.scope === 'all' ? 'all' : 'scheduled'}
            onChange={applyFilter('scope')}
            options={['scheduled', 'all'].map((value) => ({
              value,
              label: intl.formatMessage(messages[value]),
            }))}
          />
          <DequapSelect
            id="formations-dequap"
            value={params.dequap || ''}
            onChange={applyFilter('dequap')}
          />
        </>
      }
      serviceKey="fmm-formations"
      path={formationsPath(params)}
      start={start}
      size={PAGE_SIZE}
      onPage={setStart}
      renderItem={(formation) => (
        <FormationCard key={formation['@id']} formation={formation} />
      )}
    />
  );
};

export default FormationsPage;
