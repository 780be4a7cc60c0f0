// Razzle configuration: Volto's own, run from this project root (the classic
// Volto project layout, with @plone/volto installed from the npm registry).
const path = require('path');
const voltoRazzleConfig = require('@plone/volto/razzle.config');

const voltoPath = path.dirname(require.resolve('@plone/volto/package.json'));
const VOLTO_ROOT_MODULES = ['config', 'theme', 'routes', 'reducers'];

// FRONTEND_BUILD (an absolute folder) builds there instead of build/: several
// production builds, and the journey stacks serving them, can then coexist.
const buildDir = process.env.FRONTEND_BUILD;

module.exports = {
  ...voltoRazzleConfig,
  modifyPaths: ({ paths }) => {
    if (!buildDir) return paths;
    const defaultBuild = paths.appBuild;
    return Object.fromEntries(
      Object.entries(paths).map(([name, value]) => [
        name,
        typeof value === 'string' && value.startsWith(defaultBuild)
          ? path.join(buildDir, path.relative(defaultBuild, value))
          : value,
      ]),
    );
  },
  modifyWebpackConfig: (options) => {
    const config = voltoRazzleConfig.modifyWebpackConfig(options);
    if (buildDir) {
      // Volto writes the client's chunk list (loadable-stats.json, which the server
      // reads from $BUILD_DIR) into <project>/build whatever the build folder.
      config.plugins
        .filter((plugin) => plugin.opts?.writeToDisk)
        .forEach((plugin) => {
          plugin.opts.writeToDisk = { filename: buildDir };
        });
    }
    // Volto imports the project's config, theme, routes and reducers through
    // `@root/…`; this project keeps all its code in the add-on, so these come
    // from Volto itself (as when Volto core is the build root).
    config.resolve.alias = {
      ...Object.fromEntries(
        VOLTO_ROOT_MODULES.map((name) => [
          `@root/${name}$`,
          path.join(voltoPath, 'src', name),
        ]),
      ),
      ...config.resolve.alias,
    };
    // No project theme: use Volto's Semantic UI theme selection (Pastanaga);
    // the add-on adds its own stylesheet on top of it.
    config.resolve.alias['../../theme.config$'] = path.join(
      voltoPath,
      'theme/theme.config',
    );
    return config;
  },
};
