import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// bulletproof-react: a feature never imports another feature; shared code lives in
// src/components, src/lib and src/config, and only src/app composes features.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const crossFeature =
  'Features do not import each other; move shared code to src/components or src/lib.';

const noCrossFeatureImports = features.map((feature) => {
  const others = features.filter((other) => other !== feature);
  return {
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/**'], message: 'Features do not import the app layer.' },
            ...(others.length === 0
              ? []
              : [
                  { group: others.map((other) => `@/features/${other}/**`), message: crossFeature },
                  // the same through relative paths
                  {
                    regex: `^(\\.\\./)+(features/)?(${others.join('|')})(/|$)`,
                    message: crossFeature,
                  },
                ]),
          ],
        },
      ],
    },
  };
});

// Shared code never reaches up into features or the app.
const sharedStaysShared = {
  files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/config/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/features/**', '@/app/**'],
            message: 'Shared code does not import features or the app layer.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'src/lib/api/schema.d.ts', 'e2e/screenshots'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // import-x parses the imported TypeScript modules itself (extensions, parser)
      ...importX.flatConfigs.typescript.settings,
      // `@/…` and the relative paths resolved as TypeScript does (tsconfig paths)
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      // a module never reaches itself again through its imports (type-only imports included)
      'import-x/no-cycle': 'error',
      'no-console': ['warn', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.node },
  },
  ...noCrossFeatureImports,
  sharedStaysShared,
  prettier,
);
