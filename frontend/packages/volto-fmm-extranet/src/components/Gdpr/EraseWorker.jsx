import { useState } from 'react';
import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { useHistory } from 'react-router-dom';
import { Button } from 'semantic-ui-react';
import FormErrors from '../Core/Form/FormErrors';
import StepForm from '../Core/Form/StepForm';
import useServiceCall from '../../helpers/useServiceCall';
import { useIsAdmin } from '../Layout/Header/UserMenu';

const messages = defineMessages({
  heading: {
    id: 'Personal data (GDPR)',
    defaultMessage: 'Personal data (GDPR)',
  },
  erase: {
    id: 'Erase their personal data',
    defaultMessage: 'Erase their personal data',
  },
  confirmText: {
    id: 'Erase the personal data of {name}? Their profile is anonymised, their account deleted, with every role they held. This cannot be undone.',
    defaultMessage:
      'Erase the personal data of {name}? Their profile is anonymised, their account deleted, with every role they held. This cannot be undone.',
  },
  confirm: {
    id: 'Yes, erase their data',
    defaultMessage: 'Yes, erase their data',
  },
  erasing: { id: 'Erasing…', defaultMessage: 'Erasing…' },
  cancel: { id: 'Cancel', defaultMessage: 'Cancel' },
  failed: {
    id: 'The data could not be erased. Please try again later.',
    defaultMessage: 'The data could not be erased. Please try again later.',
  },
});

/** Statuses of the workers whose data an administrator may erase at once. */
const DEPARTED = ['left', 'rejected'];

/**
 * On the page of a worker who left (or was rejected), for administrators:
 * erase their personal data (`POST @workers/<id>/erase`) after a
 * confirmation step; then the audit log shows the erasure.
 */
const EraseWorker = ({ content }) => {
  const intl = useIntl();
  const history = useHistory();
  const isAdmin = useIsAdmin();
  const [confirming, setConfirming] = useState(false);
  const { loading, error, call } = useServiceCall();
  if (
    !isAdmin ||
    content?.['@type'] !== 'Worker' ||
    !DEPARTED.includes(content.review_state)
  ) {
    return null;
  }
  const erase = () =>
    call('post', `/@workers/${content.id}/erase`).then(
      ({ ok }) => ok && history.push('/journal-d-audit?action=erased'),
    );

  return (
    <section
      className="fmm-erase-worker"
      aria-labelledby="fmm-erase-worker-title"
    >
      <h2 id="fmm-erase-worker-title">
        {intl.formatMessage(messages.heading)}
      </h2>
      {confirming ? (
        <StepForm
          label={intl.formatMessage(messages.erase)}
          submitLabel={intl.formatMessage(messages.confirm)}
          busyMessage={intl.formatMessage(messages.erasing)}
          loading={loading}
          errors={
            <FormErrors
              error={error}
              fallback={intl.formatMessage(messages.failed)}
            />
          }
          onSubmit={erase}
          cancel={
            <Button
              type="button"
              onClick={() => setConfirming(false)}
              disabled={loading}
            >
              {intl.formatMessage(messages.cancel)}
            </Button>
          }
        >
          <p role="alert">
            {intl.formatMessage(messages.confirmText, { name: content.title })}
          </p>
        </StepForm>
      ) : (
        <Button type="button" negative onClick={() => setConfirming(true)}>
          {intl.formatMessage(messages.erase)}
        </Button>
      )}
    </section>
  );
};

EraseWorker.propTypes = {
  content: PropTypes.shape({
    '@type': PropTypes.string,
    id: PropTypes.string,
    title: PropTypes.string,
    review_state: PropTypes.string,
  }),
};

EraseWorker.defaultProps = { content: null };

export default EraseWorker;
