/**
 * i18n gates: the extranet is French only, so
 * - every message the add-on defines (react-intl descriptors and
 *   `<FormattedMessage id>` in src/) has a French translation in
 *   locales/fr/LC_MESSAGES/volto.po (run `make i18n`, then translate);
 * - the Volto core strings of the screens workers use (login, password,
 *   comments, edit/add forms, toolbar personal menu, error pages) are
 *   French in the catalogue the build compiles: Volto's own fr volto.po,
 *   then the add-on's, then the project's (what @plone/scripts' i18n
 *   `poToJson` merges into locales/fr.json, a non-empty msgstr winning).
 *   Volto strings missing from Volto's catalogue are defined in
 *   src/voltoMessages.js, so that `make i18n` keeps their translation.
 */
import fs from 'fs';
import path from 'path';
import { parse } from '@babel/parser';
import traverse from '@babel/traverse';
import Pofile from 'pofile';

const addon = path.resolve(__dirname, '..');
const frontend = path.resolve(addon, '../..');
const volto = path.join(frontend, 'node_modules/@plone/volto');
const FR = 'locales/fr/LC_MESSAGES/volto.po';

/** Volto sources of the screens a worker sees (relative to its src/). */
const WORKER_SCREENS = [
  'components/theme/Login/Login.jsx',
  'components/theme/Logout/Logout.jsx',
  'components/theme/Unauthorized/Unauthorized.jsx',
  'components/theme/NotFound/NotFound.jsx',
  'components/manage/Preferences/ChangePassword.jsx',
  'components/manage/Preferences/PersonalInformation.jsx',
  'components/manage/Preferences/PersonalPreferences.jsx',
  'components/theme/Comments/Comments.jsx',
  'components/theme/Comments/CommentEditModal.jsx',
  'components/manage/Add/Add.jsx',
  'components/manage/Edit/Edit.jsx',
  'components/manage/Form/Form.jsx',
  'components/manage/Form/ModalForm.jsx',
  'components/manage/Form/Field.jsx',
  'components/manage/Widgets/FormFieldWrapper.jsx',
  'components/manage/Widgets/TextWidget.jsx',
  'components/manage/Widgets/TextareaWidget.jsx',
  'components/manage/Widgets/EmailWidget.jsx',
  'components/manage/Widgets/PasswordWidget.jsx',
  'components/manage/Widgets/UrlWidget.jsx',
  'components/manage/Widgets/NumberWidget.jsx',
  'components/manage/Widgets/CheckboxWidget.jsx',
  'components/manage/Widgets/SelectWidget.jsx',
  'components/manage/Widgets/ArrayWidget.jsx',
  'components/manage/Widgets/TokenWidget.jsx',
  'components/manage/Widgets/DatetimeWidget.jsx',
  'components/manage/Widgets/FileWidget.jsx',
  'components/manage/Widgets/ObjectBrowserWidget.jsx',
  'helpers/FormValidation/FormValidation.jsx',
  'helpers/FormValidation/validators.ts',
  'components/manage/Toolbar/Toolbar.jsx',
  'components/manage/Toolbar/PersonalTools.jsx',
  'components/manage/Toolbar/More.jsx',
  'components/manage/Toolbar/Types.jsx',
];

const MESSAGE_LABELS = '@plone/volto/helpers/MessageLabels/MessageLabels';

const parserPlugins = (file) => {
  if (file.endsWith('.ts')) return ['typescript'];
  if (file.endsWith('.tsx')) return ['typescript', 'jsx'];
  return ['jsx', 'decorators-legacy', 'exportDefaultFrom', 'throwExpressions'];
};

const stringProperty = (object, name) => {
  const property = object.properties.find(
    (p) =>
      p.type === 'ObjectProperty' &&
      (p.key.name === name || p.key.value === name),
  );
  return property?.value.type === 'StringLiteral'
    ? property.value.value
    : undefined;
};

/**
 * The messages of a source file: descriptors `{id, defaultMessage}`,
 * `<FormattedMessage id>` and, given `labels`, Volto's shared messages it
 * uses (`messages.x` imported from MessageLabels).
 * @returns {Object} `{ids: Set, byKey: {key: id}}`
 */
const messagesOf = (file, labels = {}) => {
  const ast = parse(fs.readFileSync(file, 'utf8'), {
    sourceType: 'module',
    plugins: parserPlugins(file),
  });
  const ids = new Set();
  const byKey = {};
  let labelsName = null;
  traverse(ast, {
    ImportDeclaration({ node }) {
      if (node.source.value === MESSAGE_LABELS) {
        const spec = node.specifiers.find(
          (s) => s.imported?.name === 'messages',
        );
        labelsName = spec?.local.name ?? labelsName;
      }
    },
    ObjectExpression({ node, parent }) {
      const id = stringProperty(node, 'id');
      if (id !== undefined && stringProperty(node, 'defaultMessage')) {
        ids.add(id);
        if (parent.type === 'ObjectProperty' && parent.key.name) {
          byKey[parent.key.name] = id;
        }
      }
    },
    JSXOpeningElement({ node }) {
      if (!/^Formatted(HTML)?Message$/.test(node.name.name)) return;
      const id = node.attributes.find((a) => a.name?.name === 'id');
      if (id?.value?.type === 'StringLiteral') ids.add(id.value.value);
    },
    MemberExpression({ node }) {
      if (labelsName && node.object.name === labelsName) {
        const id = labels[node.property.name];
        if (id) ids.add(id);
      }
    },
  });
  return { ids, byKey };
};

const sourcesOf = (dir) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? sourcesOf(full) : [full];
    })
    .filter((file) => /\.(js|jsx|ts|tsx)$/.test(file))
    .filter((file) => !/\.test\.(js|jsx|ts|tsx)$/.test(file));

const readPo = (file) => Pofile.parse(fs.readFileSync(file, 'utf8')).items;

/** msgid -> msgstr, later catalogues winning when their msgstr is set. */
const merge = (...catalogues) => {
  const result = {};
  catalogues.flat().forEach((item) => {
    if (!(item.msgid in result) || item.msgstr[0]) {
      result[item.msgid] = item.msgstr[0] || '';
    }
  });
  return result;
};

const untranslated = (ids, catalogue) =>
  [...ids].filter((id) => !catalogue[id]?.trim()).sort();

describe('French translations', () => {
  const addonPo = readPo(path.join(addon, FR));

  it('cover every message the add-on defines', () => {
    const ids = new Set(
      sourcesOf(path.join(addon, 'src')).flatMap((file) => [
        ...messagesOf(file).ids,
      ]),
    );
    expect(ids.size).toBeGreaterThan(100);
    expect(untranslated(ids, merge(addonPo))).toEqual([]);
  });

  it("cover Volto's strings on the screens workers use", () => {
    const labels = messagesOf(
      path.join(volto, 'src/helpers/MessageLabels/MessageLabels.js'),
    ).byKey;
    const ids = new Set(
      WORKER_SCREENS.flatMap((file) => [
        ...messagesOf(path.join(volto, 'src', file), labels).ids,
      ]),
    );
    expect(ids.size).toBeGreaterThan(100);
    const french = merge(
      readPo(path.join(volto, FR)),
      addonPo,
      readPo(path.join(frontend, FR)),
    );
    expect(untranslated(ids, french)).toEqual([]);
  });
});
