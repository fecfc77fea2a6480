// Lint holds the layer arrows (README, "How it is put together": renderer →
// contract only; core → db; db → nothing of ours; contract → nothing Node-only;
// a core domain → another domain's public module only) and the house habits:
// no floating promises, type-only imports, no any, no default exports.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'crypto', 'child_process', 'url', 'module'];
const uiPackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  '@mantine/*',
  '@tanstack/*',
  'i18next',
  'react-i18next',
  'react-hook-form',
  '@tabler/*',
];

// What only the main process's storage and document code may load.
const storageAndDocuments = [
  'better-sqlite3',
  'better-sqlite3-multiple-ciphers',
  'drizzle-orm',
  'drizzle-orm/*',
  'pdfkit',
];
const restrict = (...patterns) => ['error', { patterns }];
const group = (names, message) => ({ group: names, message });
const regex = (pattern, message) => ({ regex: pattern, message });
const browserQuestions = ['alert', 'confirm', 'prompt'];
const askInTheApp = 'Ask with components/ConfirmDialog (or Dialog): translated, styled, and checked by axe.';

// Inside core/, each domain offers other domains one public module, its index.ts;
// its handlers, queries and other files are its own. The composition points
// (core/api/handlers.ts, core/documents/templates.ts, core/doors, core/demo)
// are not domains and may import handler groups and templates.
const domains = [
  'advances',
  'agreements',
  'attendance',
  'backups',
  'cash',
  'clients',
  'holidays',
  'payroll',
  'periods',
  'privacy',
  'schedule',
  'settings',
  'vault',
];
const coreLayer = [
  group(['electron', ...uiPackages], 'core/ runs in plain Node: no Electron, no UI.'),
  group(['**/electron/**', '**/renderer/**'], 'core/ may import only core/ and db/.'),
];
const domainRules = domains.map((domain) => ({
  files: [`core/${domain}/**/*.ts`],
  rules: {
    'no-restricted-imports': restrict(
      ...coreLayer,
      regex(
        `^(\\.\\./)+(${domains.filter((d) => d !== domain).join('|')})/(?!index\\.js$)`,
        `Another domain is reached through its public module only: import '…/<domain>/index.js'.`,
      ),
    ),
  },
}));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'test-output', 'db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['scripts/*.mjs', 'eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['*.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        group(['electron', ...uiPackages], 'db/ runs in plain Node: no Electron, no UI.'),
        group(
          ['**/core/**', '**/electron/**', '**/renderer/**'],
          'db/ is the bottom layer; it imports nothing of ours.',
        ),
      ),
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(...coreLayer) },
  },
  ...domainRules,
  {
    files: ['core/pay/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        group(
          ['electron', ...uiPackages, ...nodeBuiltins, ...storageAndDocuments],
          'The pay rules are pure: no Node, no database, no documents.',
        ),
        group(['**/db/**', '**/electron/**', '**/renderer/**'], 'The pay rules take their data as arguments.'),
      ),
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'The pay rules read no clock.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The pay rules read no clock.' },
      ],
    },
  },
  {
    files: ['core/contract/*/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        group(
          ['electron', ...uiPackages, ...nodeBuiltins, ...storageAndDocuments],
          'The contract is shared with the renderer: zod and pure code only.',
        ),
        group(['../../*'], 'The contract imports nothing outside core/contract/.'),
      ),
    },
  },
  {
    files: ['core/contract/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        group(
          ['electron', ...uiPackages, ...nodeBuiltins, ...storageAndDocuments],
          'The contract is shared with the renderer: zod and pure code only.',
        ),
        group(['../*'], 'The contract imports nothing outside core/contract/.'),
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        group(
          ['electron', ...nodeBuiltins, ...storageAndDocuments],
          'The renderer never touches Node, files or SQLite; it calls the API.',
        ),
        regex(
          '^\\.\\.?/(.*/)?(core|db|electron|scripts)(/|$)',
          'The renderer imports only the contract, as @contract/….',
        ),
      ),
      // The browser's own questions are untranslated, unstyled and out of reach of axe and the keyboard tests.
      'no-restricted-properties': [
        'error',
        ...browserQuestions.map((property) => ({ object: 'window', property, message: askInTheApp })),
      ],
      'no-restricted-globals': ['error', ...browserQuestions.map((name) => ({ name, message: askInTheApp }))],
    },
  },
  {
    files: ['electron/**/*.{ts,cts}'],
    rules: {
      'no-restricted-imports': restrict(
        group(['**/renderer/**', ...uiPackages], 'The main process does not import the UI.'),
      ),
    },
  },
);
