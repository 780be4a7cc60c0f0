// Volto add-ons loaded by this project (configuration applied in order).
module.exports = {
  addons: ['volto-fmm-extranet'],
};
