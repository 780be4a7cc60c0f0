import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { Button } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { Field, describedBy } from '../Core/Form/Field';

const messages = defineMessages({
  photo: { id: 'Photo', defaultMessage: 'Photo' },
  help: {
    id: 'A JPEG, PNG or WebP image of at most 5 MB.',
    defaultMessage: 'A JPEG, PNG or WebP image of at most 5 MB.',
  },
  badType: {
    id: 'The photo must be a JPEG, PNG or WebP image.',
    defaultMessage: 'The photo must be a JPEG, PNG or WebP image.',
  },
  tooBig: {
    id: 'The photo must be smaller than 5 MB.',
    defaultMessage: 'The photo must be smaller than 5 MB.',
  },
  unreadable: {
    id: 'This file cannot be read.',
    defaultMessage: 'This file cannot be read.',
  },
  remove: { id: 'Remove my photo', defaultMessage: 'Remove my photo' },
  preview: { id: 'My photo', defaultMessage: 'My photo' },
});

/** What the backend accepts (content/worker.py). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Why a file cannot be the photo.
 * @param {File} file Chosen file.
 * @returns {string|null} Key of the message, or null when it is fine.
 */
export const photoProblem = (file) => {
  if (!PHOTO_TYPES.includes(file.type)) {
    return 'badType';
  }
  return file.size > PHOTO_MAX_BYTES ? 'tooBig' : null;
};

/**
 * The photo of the profile: the current one, a file input checked at once
 * (type and size, as the backend does), and a button to remove it.
 * `value` is what to send: undefined (unchanged), null (removed) or the
 * upload (`{data, encoding, filename, content-type}`).
 */
const PhotoField = ({ id, current, value, onChange, error }) => {
  const intl = useIntl();
  const [problem, setProblem] = useState(null);

  const onFile = (event) => {
    const file = event.target.files?.[0];
    if (!file) {
      return;
    }
    const found = photoProblem(file);
    setProblem(found);
    if (found) {
      event.target.value = '';
      onChange(undefined);
      return;
    }
    const reader = new FileReader();
    reader.onload = () =>
      onChange({
        data: String(reader.result).split(',')[1],
        encoding: 'base64',
        filename: file.name,
        'content-type': file.type,
      });
    reader.onerror = () => setProblem('unreadable');
    reader.readAsDataURL(file);
  };

  let src = null;
  if (value) {
    src = `data:${value['content-type']};base64,${value.data}`;
  } else if (value === undefined && current) {
    src = flattenToAppURL(
      current.scales?.preview?.download || current.download,
    );
  }
  const shown = problem ? intl.formatMessage(messages[problem]) : error;
  const help = intl.formatMessage(messages.help);

  return (
    <Field
      id={id}
      label={intl.formatMessage(messages.photo)}
      help={help}
      error={shown}
      className="fmm-photo-field"
    >
      {src && (
        <img
          className="fmm-photo-preview"
          src={src}
          alt={intl.formatMessage(messages.preview)}
        />
      )}
      <input
        id={id}
        type="file"
        accept={PHOTO_TYPES.join(',')}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, help, shown)}
        onChange={onFile}
      />
      {src && (
        <Button
          type="button"
          basic
          size="small"
          onClick={() => {
            setProblem(null);
            onChange(null);
          }}
        >
          {intl.formatMessage(messages.remove)}
        </Button>
      )}
    </Field>
  );
};

PhotoField.propTypes = {
  id: PropTypes.string.isRequired,
  current: PropTypes.shape({
    download: PropTypes.string,
    scales: PropTypes.object,
  }),
  value: PropTypes.object,
  onChange: PropTypes.func.isRequired,
  error: PropTypes.string,
};

PhotoField.defaultProps = {
  current: null,
  value: undefined,
  error: null,
};

export default PhotoField;
