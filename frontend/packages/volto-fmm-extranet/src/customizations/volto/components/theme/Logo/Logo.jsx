// Plone's logo is replaced by the federation's.
export { default } from 'volto-fmm-extranet/components/Layout/Identity/Logo';
