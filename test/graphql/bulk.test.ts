import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteManyDocument, RotateManyDocument } from '../generated/graphql.ts';
import { expectTypename, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

describe('incident response in one call', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());
  const secrets = () => Object.fromEntries(stack.cma.store.data.access_tokens.map((token) => [token.id, token.secret]));

  it('refuses an empty selection unless all: true, sending nothing', async () => {
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(RotateManyDocument, { select: { filter: {} } })).data!.rotateAccessTokens;
    });
    expect(result).toMatchObject({ __typename: 'ValidationError', field: 'select' });
    expect(upstream).toEqual([]);
  });

  it('lists what a dry run would do, skips the caller\'s own token, and changes nothing', async () => {
    const before = secrets();
    const { data } = await stack.execute(RotateManyDocument, { select: { all: true }, dryRun: true });
    const result = expectTypename(data!.rotateAccessTokens, 'BulkAccessTokenSuccess');
    expect(result.outcomes.map((outcome) => `${outcome.id} ${outcome.status}`)).toEqual([
      '101 WOULD_ROTATE', '102 SKIPPED', '103 WOULD_ROTATE', '104 WOULD_ROTATE', '105 WOULD_ROTATE', '106 WOULD_ROTATE', '107 WOULD_ROTATE',
    ]);
    expect(result.outcomes[1]!.reason).toMatch(/authenticated with it/);
    expect(secrets()).toEqual(before);
  });

  it('deletes the selected tokens, one outcome each: unknown ids fail typed, the caller\'s own token is skipped', async () => {
    const doomed = await Promise.all(['Leaked 1', 'Leaked 2'].map((name) => stack.cma.createToken(name)));
    const { data } = await stack.execute(DeleteManyDocument, { select: { ids: [...doomed.map((token) => token.id), SEEDED.demoAdmin, '424242'] } });
    const result = expectTypename(data!.deleteAccessTokens, 'BulkAccessTokenSuccess');
    expect(result.outcomes.map((outcome) => [outcome.id, outcome.status, outcome.error?.__typename ?? null])).toEqual([
      [SEEDED.demoAdmin, 'SKIPPED', null],
      [doomed[0]!.id, 'DONE', null],
      [doomed[1]!.id, 'DONE', null],
      ['424242', 'FAILED', 'NotFoundError'],
    ]);
    expect([result.done, result.skipped, result.failed]).toEqual([2, 1, 1]);
    for (const token of doomed) expect(stack.cma.stored(token.id)).toBeUndefined();
  });

  it('reports every token as refused to a caller who cannot manage tokens, writing nothing', async () => {
    const before = secrets();
    const { data } = await stack.execute(RotateManyDocument, { select: { filter: { nameContains: 'token' } } }, stack.cma.secretOf(SEEDED.importScript));
    const result = expectTypename(data!.rotateAccessTokens, 'BulkAccessTokenSuccess');
    expect(result.outcomes.every((outcome) => outcome.status === 'FAILED' && outcome.error?.__typename === 'PermissionDeniedError')).toBe(true);
    expect(result.failed).toBeGreaterThan(3);
    expect(secrets()).toEqual(before);
  });
});

describe('200 tokens rotated at the CMA\'s real rate limit (60 requests per 3 s)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ cma: { rateLimit: { limit: 60, windowMs: 3_000 } } });
    await stack.cma.store.mutate((draft) => {
      for (let i = 0; i < 200; i++) {
        draft.access_tokens.push({
          id: String(1000 + i), name: `Exposed ${i}`, secret: `${(1000 + i).toString(16).padStart(6, '0')}${'e'.repeat(24)}`,
          hardcoded_type: null, role_id: SEEDED.roles.editorial, can_access_cda: true, can_access_cda_preview: false, can_access_cma: false,
          last_cma_access_on: null, last_cda_access_on: null,
        });
      }
    });
  });
  afterAll(() => stack.stop());

  it('rotates every one exactly once, lets no rate-limit error through, and the old secrets are refused', async () => {
    const before = Object.fromEntries(stack.cma.store.data.access_tokens.map((token) => [token.id, token.secret]));
    const mark = stack.cma.requests.length;
    const { data, errors } = await stack.execute(RotateManyDocument, { select: { filter: { nameContains: 'Exposed' } } });
    expect(errors).toBeUndefined();
    const result = expectTypename(data!.rotateAccessTokens, 'BulkAccessTokenSuccess');
    expect([result.done, result.skipped, result.failed]).toEqual([200, 0, 0]);

    const rotations = stack.cma.requests.slice(mark).filter((request) => request.path.endsWith('/regenerate_token') && request.status === 200);
    const perToken = new Map<string, number>();
    for (const request of rotations) perToken.set(request.path, (perToken.get(request.path) ?? 0) + 1);
    expect(perToken.size).toBe(200);
    expect([...perToken.values()].every((count) => count === 1)).toBe(true);

    for (const outcome of result.outcomes) {
      expect(outcome.accessToken!.token).toBe(stack.cma.secretOf(outcome.id));
      expect(outcome.accessToken!.token).not.toBe(before[outcome.id]);
    }
    const oldSecretAnswers = await Promise.all(
      result.outcomes.map((outcome) =>
        fetch(`${stack.cma.url}/roles`, { headers: { authorization: `Bearer ${before[outcome.id]}`, 'x-api-version': '3' } }).then((response) => response.status),
      ),
    );
    expect(new Set(oldSecretAnswers)).toEqual(new Set([401]));
    // The admin's own token still works: it was neither selected nor touched.
    expect(stack.cma.secretOf(SEEDED.demoAdmin)).toBe(TEST_ADMIN_TOKEN);
  }, 90_000);
});
