import { defineMessages } from 'react-intl';

/** The federation's name, as the logo, the footer and the pages write it. */
const identity = defineMessages({
  federation: {
    id: 'Federation of medical houses',
    defaultMessage: 'Federation of medical houses',
  },
  extranet: { id: 'Extranet', defaultMessage: 'Extranet' },
  home: {
    id: 'Home of the extranet',
    defaultMessage: 'Home of the extranet',
  },
});

export default identity;
