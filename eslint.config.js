import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const banHtmlSinks = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'API text is rendered as text only: no dangerouslySetInnerHTML.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'coverage/**', 'node_modules/**', 'bench/results/**', 'e2e/artifacts/**', '.demo/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', banHtmlSinks],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // src/core is pure: nothing outside core, no browser, DOM, fetch or idb.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../*', '!./*'], message: 'src/core may import only from src/core.' },
        { group: ['idb', 'webextension-polyfill', 'preact', 'preact/*', 'valibot', 'node:*'], message: 'src/core is pure.' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'indexedDB', 'chrome', 'browser', 'navigator', 'localStorage', 'XMLHttpRequest'],
    },
  },
  {
    // The background derives views from the cache; rules it shares with the UIs live in src/core.
    // (The content script's ?script URL import is how crxjs registers it, not a code import.)
    files: ['src/background/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/popup/**', '**/options/**', '**/content/**', '!**/content/main.ts?script*'], message: 'Shared rules live in src/core; the background never imports a UI or the content script.' },
      ] }],
    },
  },
  {
    // UIs and the content script talk to the background through messages only.
    files: ['src/popup/**', 'src/options/**', 'src/content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/background/**', '**/cache/**', '**/sources/**'], message: 'Talk to the background through src/messages.ts only.' },
        // A value import through the barrel pulled the whole core (the classifier's rule tables) into the
        // content script: 25.8 -> 48.2 KB raw. Types are fine; values come from their own module.
        { group: ['**/core/index.ts'], allowTypeImports: true, message: 'Import values from their own core module, not the barrel: the bundle keeps what the barrel reaches.' },
      ] }],
    },
  },
  {
    // Tests and their fixtures ship nothing: the barrel is fine there.
    files: ['src/popup/**/*.test.{ts,tsx}', 'src/options/**/*.test.{ts,tsx}', 'src/content/**/*.test.{ts,tsx}', 'src/*/testing/**', 'src/content/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/background/**', '**/cache/**', '**/sources/**'], message: 'Talk to the background through src/messages.ts only.' },
      ] }],
    },
  },
);
