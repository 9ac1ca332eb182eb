import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * ESLint (flat config): Next's core-web-vitals rules (Next, React, React Hooks,
 * jsx-a11y, import) plus typescript-eslint's recommended rules.
 * `npm run lint`; `npm test` runs it among its static checks. Formatting is
 * Prettier's job (`npm run format`), not ESLint's.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { id: _id, ...values } = row` leaves a field out on purpose: not an unused variable.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
      // `let stop; const onSignal = () => stop?.(); …; stop = db.stop` is read (in a closure)
      // before its one assignment: `const` there would throw in the temporal dead zone.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // The reader site's chrome and article page link with plain <a>: every public
    // page is cached whole, a full load of it is cheap, and a next/link is a client
    // component that adds work to every uncached render and a prefetch request per
    // visible link (README, "Uncached article render").
    files: ['components/site/**', 'components/article/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  globalIgnores([
    // Next's default ignores
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    // generated, vendored or local data
    'lib/generated/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    '.data/**',
    'public/**',
  ]),
]);
