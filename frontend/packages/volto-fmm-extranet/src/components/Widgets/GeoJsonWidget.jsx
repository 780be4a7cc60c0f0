/**
 * `fmm_geojson`: a registration zone as GeoJSON text (a Polygon or a
 * MultiPolygon), checked while typed. A valid zone becomes the field's value;
 * an invalid text is kept as typed so that saving is refused by the backend
 * (400) and the editor's text is not lost.
 */
import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import FormFieldWrapper from '@plone/volto/components/manage/Widgets/FormFieldWrapper';
import { parseZone } from './geoJson';
import './Widgets.less';

const messages = defineMessages({
  json: {
    id: 'This is not valid JSON.',
    defaultMessage: 'This is not valid JSON.',
  },
  type: {
    id: 'A GeoJSON Polygon or MultiPolygon is expected.',
    defaultMessage: 'A GeoJSON Polygon or MultiPolygon is expected.',
  },
});

const asText = (value) =>
  value && typeof value === 'object'
    ? JSON.stringify(value, null, 2)
    : value || '';

const GeoJsonWidget = (props) => {
  const { id, value, onChange } = props;
  const intl = useIntl();
  const [text, setText] = useState(() => asText(value));
  const [problem, setProblem] = useState(null);
  const errorId = `field-${id}-zone-error`;

  const onText = (event) => {
    const typed = event.target.value;
    const parsed = parseZone(typed);
    setText(typed);
    setProblem(parsed.problem || null);
    onChange(id, parsed.problem ? typed : parsed.value);
  };

  return (
    <FormFieldWrapper {...props} className="fmm-geojson">
      <textarea
        id={`field-${id}`}
        name={id}
        rows={8}
        spellCheck={false}
        value={text}
        aria-invalid={Boolean(problem)}
        aria-describedby={problem ? errorId : undefined}
        onChange={onText}
      />
      {problem && (
        <p id={errorId} className="fmm-widget-error" role="alert">
          {intl.formatMessage(messages[problem])}
        </p>
      )}
    </FormFieldWrapper>
  );
};

GeoJsonWidget.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  value: PropTypes.oneOfType([PropTypes.object, PropTypes.string]),
  onChange: PropTypes.func.isRequired,
};

GeoJsonWidget.defaultProps = {
  value: null,
};

export default GeoJsonWidget;
