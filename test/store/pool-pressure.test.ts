import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { createThroughApi, gql, ok, storeKinds } from './store-support.ts';

// Each write holds a pooled connection for its advisory lock while the CMA answers: a burst of
// writes to many tokens must wait for its turn, not starve the pool and be refused as if the store
// were down.

const kinds = storeKinds();
afterAll(() => kinds.stopAll());

describe('on PostgreSQL, a burst of writes larger than the connection pool', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ store: await kinds.open('postgres') });
  });
  afterAll(() => stack?.stop());

  it('succeeds whole: 30 concurrent renames of 30 tokens, each held 300 ms at the CMA', async () => {
    const tokens = [];
    for (let i = 0; i < 30; i++) tokens.push(await createThroughApi(stack, `Burst ${i}`));
    stack.cma.faults.inject({ kind: 'latency', method: 'PUT', latencyMs: 300 });
    const answers = await Promise.all(
      tokens.map((token, i) =>
        gql(stack, 'mutation($id: ID!, $name: String!) { updateAccessToken(id: $id, input: { name: $name }) { __typename ... on Error { message } } }', {
          id: token.id,
          name: `Burst ${i} renamed`,
        }),
      ),
    );
    stack.cma.faults.clear();
    expect(answers.map((answer) => ok(answer).updateAccessToken.__typename)).toEqual(Array(30).fill('UpdateAccessTokenSuccess'));
    for (const [i, token] of tokens.entries()) expect(stack.cma.stored(token.id)!.name).toBe(`Burst ${i} renamed`);
  }, 120_000);
});
