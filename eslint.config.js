import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'demo/**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Elements are registered by the guarded defineElement(), never customElements.define directly.
      'wc/guard-super-call': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval (strict CSP).' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function (strict CSP).' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Use Lit templates, not innerHTML.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML.' }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'demo/**/*.js', '*.config.js', 'test/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
