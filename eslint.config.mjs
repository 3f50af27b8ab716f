import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine (everything under main/ except the Electron host files) must not know about
// Electron, React or the DOM: that is what keeps it testable in plain Node and reusable by the
// CLI and the HTTP host.
const engineFolders = ['main/library/**', 'main/search/**', 'main/annotations/**', 'main/xref/**', 'main/dossier/**', 'main/workspace*.ts', 'main/cli*.ts', 'main/serve*.ts', 'main/http/**', 'main/cli/**', 'main/sync/**'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'reports/**', 'archive/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Plain CommonJS launchers that run before anything is built.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: engineFolders,
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The engine never imports electron: only main/index.ts and its Electron neighbours do.' },
          { name: 'react', message: 'The engine is UI-free.' },
        ],
        patterns: [{ group: ['electron/*', 'react-dom*', '../renderer/*', '../../renderer/*'], message: 'The engine is UI-free.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks only through the contract (preload/api.ts).' }],
        patterns: [{ group: ['**/main/*', '../../main/**'], message: 'The renderer talks only through the contract (preload/api.ts).' }],
      }],
      'react/no-danger': 'off',
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML sinks in the renderer.' }],
    },
  },
);
