/**
 * `fmm_geolocation`: a medical house's location (where the map shows it) as
 * latitude and longitude. Both filled give `{latitude, longitude}`, both empty
 * `null`; one alone is sent as is, so the backend refuses it (400) and nothing
 * typed is lost.
 */
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import FormFieldWrapper from '@plone/volto/components/manage/Widgets/FormFieldWrapper';

const messages = defineMessages({
  latitude: { id: 'Latitude', defaultMessage: 'Latitude' },
  longitude: { id: 'Longitude', defaultMessage: 'Longitude' },
});

const COORDINATES = [
  { name: 'latitude', limit: 90 },
  { name: 'longitude', limit: 180 },
];

/** The field's value once one coordinate is typed (`''` empties it). */
export const located = (value, name, typed) => {
  const next = { ...(value || {}) };
  if (typed === '' || isNaN(Number(typed))) {
    delete next[name];
  } else {
    next[name] = Number(typed);
  }
  return Object.keys(next).length ? next : null;
};

const GeolocationWidget = (props) => {
  const { id, value, onChange } = props;
  const intl = useIntl();
  return (
    <FormFieldWrapper {...props} className="fmm-geolocation">
      <div
        className="fmm-geolocation-inputs"
        style={{ display: 'flex', flexWrap: 'wrap', gap: '1em' }}
      >
        {COORDINATES.map(({ name, limit }, index) => {
          const inputId = index === 0 ? `field-${id}` : `field-${id}-${name}`;
          return (
            <label key={name} htmlFor={inputId}>
              {intl.formatMessage(messages[name])}{' '}
              <input
                id={inputId}
                name={`${id}.${name}`}
                type="number"
                step="any"
                min={-limit}
                max={limit}
                value={value?.[name] ?? ''}
                onChange={(event) =>
                  onChange(id, located(value, name, event.target.value))
                }
              />
            </label>
          );
        })}
      </div>
    </FormFieldWrapper>
  );
};

GeolocationWidget.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.string.isRequired,
  value: PropTypes.shape({
    latitude: PropTypes.number,
    longitude: PropTypes.number,
  }),
  onChange: PropTypes.func.isRequired,
};

GeolocationWidget.defaultProps = {
  value: null,
};

export default GeolocationWidget;
