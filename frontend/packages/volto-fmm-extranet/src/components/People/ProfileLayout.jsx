import PropTypes from 'prop-types';
import { defineMessages, useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import Page from '../Core/Listing/Page';
import { PROFILE_SECTIONS, messages as sectionMessages } from './sections';
import './Profile.less';

const messages = defineMessages({
  account: { id: 'My account', defaultMessage: 'My account' },
});

/**
 * Frame of the pages of the user's own account: the page (titled after the
 * section) with tabs leading to the other sections.
 */
const ProfileLayout = ({ section, description, children }) => {
  const intl = useIntl();
  return (
    <Page
      id={`page-my-${section}`}
      className="fmm-my-account"
      title={intl.formatMessage(sectionMessages[section])}
      description={description}
    >
      <nav
        className="fmm-account-tabs"
        aria-label={intl.formatMessage(messages.account)}
      >
        <ul>
          {PROFILE_SECTIONS.map((entry) => (
            <li key={entry.key}>
              <NavLink to={entry.to} activeClassName="active" exact>
                {intl.formatMessage(sectionMessages[entry.key])}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </Page>
  );
};

ProfileLayout.propTypes = {
  section: PropTypes.oneOf(PROFILE_SECTIONS.map((entry) => entry.key))
    .isRequired,
  description: PropTypes.node,
  children: PropTypes.node,
};

ProfileLayout.defaultProps = {
  description: null,
  children: null,
};

export default ProfileLayout;
