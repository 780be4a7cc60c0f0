import PropTypes from 'prop-types';
import FiltersForm from '../Core/Form/FiltersForm';
import { CardList } from '../Core/Listing/Card';
import Page from '../Core/Listing/Page';
import Results from '../Core/Listing/Results';
import useService from '../Core/Listing/useService';
import './Catalogue.less';

/**
 * Frame of the training and tools catalogues: filters that apply as they
 * change, then the batched answer of a catalogue service (`items`,
 * `items_total`) as cards, with progress, count and pages.
 */
const CataloguePage = ({
  id,
  title,
  description,
  filtersLabel,
  filters,
  serviceKey,
  path,
  start,
  size,
  onPage,
  renderItem,
}) => {
  const request = useService(serviceKey, path);
  const { data } = request;
  const items = data?.items || [];
  return (
    <Page
      id={id}
      className="fmm-catalogue"
      title={title}
      description={description}
    >
      <FiltersForm label={filtersLabel}>{filters}</FiltersForm>
      <Results
        request={request}
        total={data?.items_total || 0}
        start={start}
        size={size}
        onPage={onPage}
      >
        {items.length > 0 && <CardList>{items.map(renderItem)}</CardList>}
      </Results>
    </Page>
  );
};

CataloguePage.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  description: PropTypes.string,
  filtersLabel: PropTypes.string.isRequired,
  filters: PropTypes.node.isRequired,
  serviceKey: PropTypes.string.isRequired,
  path: PropTypes.string.isRequired,
  start: PropTypes.number.isRequired,
  size: PropTypes.number.isRequired,
  onPage: PropTypes.func.isRequired,
  renderItem: PropTypes.func.isRequired,
};

CataloguePage.defaultProps = {
  description: null,
};

export default CataloguePage;
