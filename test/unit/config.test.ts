import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('defaults to the local CMA, GraphiQL and introspection on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, cmaBaseUrl: undefined, graphiql: true, introspection: true, production: false });
    expect(config.limits).toEqual({ maxDepth: 8, maxAliases: 15, maxTokens: 2000, maxCost: 5000, maxBodyBytes: 100000, maxVariablesDepth: 16, maxVariablesValues: 10000 });
  });

  it('turns GraphiQL and introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ graphiql: false, introspection: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' })).toMatchObject({ graphiql: true, introspection: false });
  });

  it('fails fast naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATOCMS_CMA_BASE_URL: 'ftp://example.com', GRAPHQL_MAX_DEPTH: '0' })).toThrow(
      /PORT[\s\S]*DATOCMS_CMA_BASE_URL[\s\S]*GRAPHQL_MAX_DEPTH/,
    );
  });
});
