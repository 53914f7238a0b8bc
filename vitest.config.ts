import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships both ESM and CJS; without this alias vitest can load both copies and
    // graphql-js then refuses to mix their schema objects ("Cannot use GraphQLSchema from another realm").
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
