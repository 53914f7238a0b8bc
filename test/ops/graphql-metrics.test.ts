import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const post = (body: Record<string, unknown>, bearer: string | null = TEST_ADMIN_TOKEN) =>
  fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });

type Sample = { name: string; labels: Record<string, string>; value: number };

async function scrape(): Promise<Sample[]> {
  const text = await (await fetch(stack.url.replace('/graphql', '/metrics'))).text();
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      return { name: match[1]!, labels: Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((label) => [label[1]!, label[2]!])), value: Number(match[3]) };
    });
}

/** The sample of `name` whose labels are exactly `labels` (0 when there is none yet). */
const valueOf = (samples: Sample[], name: string, labels: Record<string, string>) =>
  samples.find((sample) => sample.name === name && JSON.stringify(Object.entries(sample.labels).sort()) === JSON.stringify(Object.entries(labels).sort()))?.value ?? 0;

// The metrics an operator reads of GraphQL requests, with the names and labels of The Guild's Yoga
// plugin (which dashboards are built on): requests executed, errors by phase and path, HTTP duration.
describe('GraphQL request metrics', () => {
  it('count each executed operation by name and type, each error by phase (and path), and time every parsed request by status', async () => {
    const before = await scrape();
    expect((await post({ query: 'query Tokens { accessTokens { id } }' })).status).toBe(200);
    expect((await post({ query: 'query Tokens { accessTokens { id } }' })).status).toBe(200);
    expect((await post({ query: 'query A { roles { id } } query B { accessTokens { name } }', operationName: 'B' })).status).toBe(200);
    expect((await post({ query: '{ accessTokens { id' })).status).toBe(400);
    expect((await post({ query: 'query Nope { nope }' })).status).toBe(400);
    expect((await post({ query: 'query NoBearer { accessTokens { id } }' }, null)).status).toBe(401);
    expect((await post({ query: 'mutation Rotate { rotateAccessToken(id: "424242") { __typename } }' })).status).toBe(200);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => valueOf(after, name, labels) - valueOf(before, name, labels);

    expect(delta('graphql_envelop_request', { operationName: 'Tokens', operationType: 'query' })).toBe(2);
    expect(delta('graphql_envelop_request', { operationName: 'B', operationType: 'query' })).toBe(1);
    expect(delta('graphql_envelop_request', { operationName: 'NoBearer', operationType: 'query' })).toBe(1);
    expect(delta('graphql_envelop_request', { operationName: 'Rotate', operationType: 'mutation' })).toBe(1);
    // Refused before execution: not counted as executed.
    expect(delta('graphql_envelop_request', { operationName: 'Nope', operationType: 'query' })).toBe(0);

    expect(delta('graphql_envelop_error_result', { phase: 'parse' })).toBe(1);
    expect(delta('graphql_envelop_error_result', { operationName: 'Nope', operationType: 'query', phase: 'validate' })).toBe(1);
    expect(delta('graphql_envelop_error_result', { operationName: 'NoBearer', operationType: 'query', phase: 'execute', path: 'accessTokens' })).toBe(1);
    // A typed error in a mutation's result union is an answer, not an error.
    expect(delta('graphql_envelop_error_result', { operationName: 'Rotate', operationType: 'mutation', phase: 'execute' })).toBe(0);

    const timed = (statusCode: string, operationName: string, operationType = 'query') =>
      delta('graphql_yoga_http_duration_count', { method: 'POST', statusCode, operationType, operationName });
    expect([timed('200', 'Tokens'), timed('200', 'B'), timed('400', 'Nope'), timed('401', 'NoBearer'), timed('200', 'Rotate', 'mutation')]).toEqual([2, 1, 1, 1, 1]);
    const sum = delta('graphql_yoga_http_duration_sum', { method: 'POST', statusCode: '200', operationType: 'query', operationName: 'Tokens' });
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(10);
    // Buckets are cumulative up to +Inf, which holds every observation.
    expect(delta('graphql_yoga_http_duration_bucket', { method: 'POST', statusCode: '200', operationType: 'query', operationName: 'Tokens', le: '+Inf' })).toBe(2);
  });
});
