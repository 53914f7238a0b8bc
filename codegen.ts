import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations the tests (and internal tools) send: `npm run codegen`.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/operations/**/*.graphql'],
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Explicit extensions, as nodenext resolution requires.
        importExtension: '.ts',
      },
    },
  },
  hooks: {},
};

export default config;
