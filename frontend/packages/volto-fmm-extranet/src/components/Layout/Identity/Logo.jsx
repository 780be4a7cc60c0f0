import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import identity from './identity';

/**
 * The federation's mark: a house whose door is the orange heart of care,
 * on the federation's dark blue (same drawing as public/icon.svg).
 */
export const LogoMark = ({ size }) => (
  <svg
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 64 64"
    width={size}
    height={size}
    aria-hidden="true"
    focusable="false"
    className="fmm-logo-mark"
  >
    <rect width="64" height="64" rx="12" fill="#0a3a66" />
    <path d="M12 31 32 13l20 18h-6v20H18V31z" fill="#fff" />
    <path
      d="M32 47s-9-5.6-9-11.4c0-3 2.2-5.1 4.8-5.1 1.8 0 3.3 1 4.2 2.4.9-1.4 2.4-2.4 4.2-2.4 2.6 0 4.8 2.1 4.8 5.1C41 41.4 32 47 32 47z"
      fill="#b85c00"
    />
  </svg>
);

LogoMark.propTypes = { size: PropTypes.number };
LogoMark.defaultProps = { size: 48 };

/**
 * The header's logo (replaces Plone's): the mark and the federation's
 * name, linking to the home page.
 */
const Logo = () => {
  const intl = useIntl();
  return (
    <Link to="/" className="fmm-logo" title={intl.formatMessage(identity.home)}>
      <LogoMark />
      <span className="fmm-logo-text">
        <span className="fmm-logo-name">
          {intl.formatMessage(identity.federation)}
        </span>
        <span className="fmm-logo-sub">
          {intl.formatMessage(identity.extranet)}
        </span>
      </span>
    </Link>
  );
};

export default Logo;
