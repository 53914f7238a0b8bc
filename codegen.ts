import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents, `npm run codegen`: the SDK's operations (for internal tools) and the tests'.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    // The SDK: documents as typed strings, so its client needs nothing from graphql-js at run time.
    'src/sdk/generated/': {
      documents: ['src/sdk/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // DateTime travels as an ISO 8601 string: typed as one, not `any`.
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, importExtension: '.ts', scalars: { DateTime: 'string' } },
    },
    'test/generated/': {
      documents: ['test/operations/**/*.graphql'],
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
