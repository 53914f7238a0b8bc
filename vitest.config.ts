import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships both ESM and CJS; without this alias vitest can load both copies and
    // graphql-js then refuses to mix their schema objects ("Cannot use GraphQLSchema from another realm").
    alias: {
      graphql: 'graphql/index.js',
      // What package.json's exports give Node under the "source" condition (the examples use that).
      'datocms-token-admin/sdk': new URL('./src/sdk/index.ts', import.meta.url).pathname,
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
