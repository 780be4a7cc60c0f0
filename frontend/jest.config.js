// Jest settings merged by Volto's razzle plugin (jest-extender) into the
// configuration of `razzle test`: run the add-ons' tests against Volto's
// sources installed from the npm registry.
const volto = '<rootDir>/node_modules/@plone/volto';

module.exports = {
  testMatch: ['<rootDir>/packages/*/src/**/*.test.{js,jsx}'],
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.(js|jsx|ts|tsx)$': 'babel-jest',
    '^.+\\.(png|jpg|gif)$': 'jest-file',
    '^.+\\.svg$': `${volto}/jest-svgsystem-transform.js`,
  },
  // Volto and its add-ons are published as untranspiled sources.
  transformIgnorePatterns: [
    '/node_modules/(?!(@plone/volto|@plone/volto-slate|@plone/registry)/)',
  ],
  moduleNameMapper: {
    '^@plone/volto/babel$': `${volto}/babel.js`,
    '^@plone/volto/(.*)$': `${volto}/src/$1`,
    '^@plone/volto-slate$': '<rootDir>/node_modules/@plone/volto-slate/src',
    '^@plone/volto-slate/(.*)$':
      '<rootDir>/node_modules/@plone/volto-slate/src/$1',
    '^@root/(.*)$': `${volto}/src/$1`,
    '^@package/(.*)$': `${volto}/src/$1`,
    '^volto-fmm-extranet/(.*)$': '<rootDir>/packages/volto-fmm-extranet/src/$1',
    '^load-volto-addons$': `${volto}/jest-addons-loader.js`,
    '\\.(css|less|scss|sass)$': 'identity-obj-proxy',
  },
  setupFiles: [
    `${volto}/test-setup-globals.js`,
    `${volto}/test-setup-config.jsx`,
  ],
  setupFilesAfterEnv: [`${volto}/jest-setup-afterenv.js`],
  globalSetup: `${volto}/global-test-setup.js`,
  globals: { __DEV__: true },
};
