// Volto's footer is replaced by the federation's (help and privacy links).
export { default } from 'volto-fmm-extranet/components/Layout/Footer/Footer';
