import { useMemo, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { InputField, SelectField } from '../Core/Form/Field';
import useService from '../Core/Listing/useService';
import { useIsAuthenticated } from '../../helpers';
import MessageForm from './MessageForm';

const messages = defineMessages({
  title: { id: 'Contact the support', defaultMessage: 'Contact the support' },
  intro: {
    id: 'Say who you are and where you work, and how we can help: the federation’s team answers by email.',
    defaultMessage:
      'Say who you are and where you work, and how we can help: the federation’s team answers by email.',
  },
  signedIn: {
    id: 'We answer at the address of your account.',
    defaultMessage: 'We answer at the address of your account.',
  },
  name: { id: 'First and last name', defaultMessage: 'First and last name' },
  email: { id: 'Email address', defaultMessage: 'Email address' },
  house: { id: 'Medical house', defaultMessage: 'Medical house' },
  noHouse: { id: '(not given)', defaultMessage: '(not given)' },
});

/**
 * "Contacter le support" (`@support`), from the help page, open to anyone:
 * a visitor gives their name, email and (optionally) medical house; a
 * signed-in worker only writes (the backend knows who they are).
 */
const SupportForm = () => {
  const intl = useIntl();
  const signedIn = useIsAuthenticated();
  const [person, setPerson] = useState({ name: '', email: '', house: '' });
  const form = useService(
    'support-houses',
    signedIn ? null : '/@account-request-form',
  );
  const houses = useMemo(
    () =>
      (form.data?.workplaces || []).map((workplace) => ({
        value: workplace.token,
        label: workplace.title,
      })),
    [form.data],
  );
  const labels = {
    name: intl.formatMessage(messages.name),
    email: intl.formatMessage(messages.email),
    house: intl.formatMessage(messages.house),
  };
  const change = (key) => (value) => setPerson({ ...person, [key]: value });
  const fields = signedIn
    ? {}
    : { name: person.name, email: person.email, house: person.house || null };
  return (
    <section
      id="support"
      className="fmm-support"
      aria-labelledby="support-heading"
    >
      <h2 id="support-heading">{intl.formatMessage(messages.title)}</h2>
      <p>{intl.formatMessage(signedIn ? messages.signedIn : messages.intro)}</p>
      <MessageForm
        id="fmm-support-form"
        path="/@support"
        fields={fields}
        labels={labels}
      >
        {(errors) =>
          !signedIn && (
            <>
              <InputField
                id="fmm-support-name"
                label={labels.name}
                required
                autoComplete="name"
                value={person.name}
                error={errors.name}
                onChange={change('name')}
              />
              <InputField
                id="fmm-support-email"
                type="email"
                label={labels.email}
                required
                autoComplete="email"
                value={person.email}
                error={errors.email}
                onChange={change('email')}
              />
              <SelectField
                id="fmm-support-house"
                label={labels.house}
                options={houses}
                emptyLabel={intl.formatMessage(messages.noHouse)}
                value={person.house}
                error={errors.house}
                onChange={change('house')}
              />
            </>
          )
        }
      </MessageForm>
    </section>
  );
};

export default SupportForm;
