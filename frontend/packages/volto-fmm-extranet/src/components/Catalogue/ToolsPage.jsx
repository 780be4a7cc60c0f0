import { defineMessages, useIntl } from 'react-intl';
import useFilters from '../Core/Listing/useFilters';
import CataloguePage from './CataloguePage';
import DequapSelect from './DequapSelect';
import ToolCard from './ToolCard';
import { toQueryString } from '../../helpers/queryString';

const messages = defineMessages({
  title: { id: 'Tools', defaultMessage: 'Tools' },
  intro: {
    id: 'Animation kits, canvases, posters, videos… classified by the categories of the DEQuaP approach (Let us develop together the quality of our practices).',
    defaultMessage:
      'Animation kits, canvases, posters, videos… classified by the categories of the DEQuaP approach (Let us develop together the quality of our practices).',
  },
  filters: { id: 'Tool filters', defaultMessage: 'Tool filters' },
});

export const PAGE_SIZE = 24;
const FILTERS = ['dequap'];

/**
 * Path of `@tools` for the URL parameters (DEQuaP category, batch start).
 * @param {Object} params URL parameters.
 * @returns {string} Service path with its query string.
 */
export const toolsPath = (params) =>
  `/@tools${toQueryString({
    dequap: params.dequap,
    b_start: Number(params.b_start) || 0,
    b_size: PAGE_SIZE,
  })}`;

/**
 * The tools (`/outils`, "Outils" menu entry), by DEQuaP category: each with
 * its kind, its file to download and its video.
 */
const ToolsPage = () => {
  const intl = useIntl();
  const { params, applyFilter, start, setStart } = useFilters(FILTERS);

  return (
    <CataloguePage
      id="page-tools"
      title={intl.formatMessage(messages.title)}
      description={intl.formatMessage(messages.intro)}
      filtersLabel={intl.formatMessage(messages.filters)}
      filters={
        <DequapSelect
          id="tools-dequap"
          value={params.dequap || ''}
          onChange={applyFilter('dequap')}
        />
      }
      serviceKey="fmm-tools"
      path={toolsPath(params)}
      start={start}
      size={PAGE_SIZE}
      onPage={setStart}
      renderItem={(tool) => <ToolCard key={tool['@id']} tool={tool} />}
    />
  );
};

export default ToolsPage;
