import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import identity from '../Identity/identity';

const messages = defineMessages({
  links: { id: 'About the extranet', defaultMessage: 'About the extranet' },
  help: { id: 'Help', defaultMessage: 'Help' },
  privacy: { id: 'Privacy', defaultMessage: 'Privacy' },
  movement: {
    id: 'The movement of the community health centres of Brussels and Wallonia.',
    defaultMessage:
      'The movement of the community health centres of Brussels and Wallonia.',
  },
});

/** Pages every visitor may open from the footer (public routes). */
export const FOOTER_LINKS = [
  { key: 'help', to: '/aide' },
  { key: 'privacy', to: '/vie-privee' },
];

/**
 * The footer of the extranet (replaces Plone's): the federation's name and
 * the help and privacy pages.
 */
const Footer = () => {
  const intl = useIntl();
  return (
    <footer id="footer" className="fmm-footer">
      <div className="fmm-footer-inner">
        <p className="fmm-footer-name">
          {intl.formatMessage(identity.federation)}
        </p>
        <p>{intl.formatMessage(messages.movement)}</p>
        <nav aria-label={intl.formatMessage(messages.links)}>
          <ul className="fmm-footer-links">
            {FOOTER_LINKS.map((link) => (
              <li key={link.key}>
                <Link to={link.to}>
                  {intl.formatMessage(messages[link.key])}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
};

export default Footer;
