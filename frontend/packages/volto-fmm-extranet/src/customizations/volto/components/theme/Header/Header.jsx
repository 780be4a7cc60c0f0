// Volto's header is replaced by the extranet's (logo, shortcuts, left menu).
export { default } from 'volto-fmm-extranet/components/Layout/Header/Header';
