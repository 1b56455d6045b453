// SPDX-License-Identifier: MIT
// Lint, including the layering rule of CONVENTIONS.md: an import that points the wrong way
// (core → electron or network, renderer → main-side code, ...) fails CI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const NETWORK_MODULES = ['http', 'https', 'net', 'tls', 'dgram', 'dns', 'http2', 'undici', 'node-fetch', 'axios', 'ws'].flatMap(
  (m) => [m, `node:${m}`],
);

const noNetwork = NETWORK_MODULES.map((name) => ({ name, message: 'Leakline never talks to the network.' }));
const noElectron = { name: 'electron', message: 'Only src-main/app may import electron.' };

const layer = (files, patterns, extraPaths = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths: [...noNetwork, ...extraPaths], patterns }],
    'no-restricted-globals': ['error', { name: 'fetch', message: 'Leakline never talks to the network.' }, { name: 'WebSocket', message: 'Leakline never talks to the network.' }],
  },
});

const wrongWay = (dirs, why) => ({ group: dirs.flatMap((d) => [`**/${d}/**`, `**/${d}`]), message: why });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tests/.tmp/**', 'resources/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  layer(['src-main/core/**'], [wrongWay(['ipc', 'app', 'cli', 'src-renderer'], 'src-main/core is the bottom layer: it imports only itself and pure libraries.')], [noElectron]),
  layer(['src-main/ipc/**'], [wrongWay(['app', 'cli', 'src-renderer'], 'src-main/ipc imports only core.')], [noElectron]),
  layer(['src-main/cli/**'], [wrongWay(['app', 'src-renderer'], 'The CLI runs without Electron and without the page.')], [noElectron]),
  layer(['src-main/app/**'], [wrongWay(['cli', 'src-renderer'], 'The Electron shell does not import the CLI or the page.')]),
  {
    // A link or number in a message is the scammer's: nothing hands it to the OS to open.
    files: ['src-main/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Leakline never opens links; message content must not reach the browser or the OS.' },
        { object: 'shell', property: 'openPath', message: 'Leakline never asks the OS to open files it was given.' },
      ],
    },
  },
  {
    ...layer(
      ['src-renderer/**'],
      [
        wrongWay(['core', 'app', 'cli'], 'The page reaches the main side only through window.leakline and the contract types.'),
        { group: ['node:*'], message: 'The page has no Node.' },
      ],
      [noElectron],
    ),
    languageOptions: { globals: { ...globals.browser } },
  },
);
