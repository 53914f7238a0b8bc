import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/local-cma/fault-injector.ts';
import {
  CreateAccessTokenDocument,
  DeleteAccessTokenDocument,
  RotateAccessTokenDocument,
  UpdateAccessTokenDocument,
} from '../generated/graphql.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

// Every write under every fault the local CMA injects. The API may answer only three things, and
// each answer is checked against the local CMA's data, then again once any delayed request landed.
const TIMEOUT_MS = 300;
const LATE_MS = 800; // the "late answer" fault: the CMA carries the write out this long after it arrived

type Answer = 'SUCCESS' | 'NOT_APPLIED' | 'OUTCOME_UNKNOWN';

const FAULTS: Record<string, Omit<FaultRule, 'method' | 'path'>> = {
  'the request is dropped before it is applied': { kind: 'drop_request' },
  'the answer is dropped after it is applied': { kind: 'drop_response' },
  'the answer comes later than the timeout': { kind: 'latency', latencyMs: LATE_MS },
  'the CMA answers 503': { kind: 'status', status: 503 },
};

// What the API must answer, by fault (in FAULTS' order), for every write alike.
const EXPECTED: Answer[] = ['NOT_APPLIED', 'SUCCESS', 'OUTCOME_UNKNOWN', 'NOT_APPLIED'];

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ policy: { requestTimeoutMs: TIMEOUT_MS, readRetries: 1, maxRateLimitWaitMs: 500 } });
});
afterEach(() => stack.cma.faults.clear());
afterAll(() => stack.stop());



/** One write: how to make it, where it goes, and whether the local CMA's data shows it done. */
type Write = {
  method: string;
  path: (id: string) => string;
  prepare: (label: string) => Promise<{ id: string; secret: string | null }>;
  run: (id: string, label: string) => Promise<unknown>;
  applied: (id: string, label: string, before: { secret: string | null }) => boolean;
  /** The success's payload agrees with the data. */
  checkSuccess: (result: Record<string, unknown>, id: string, label: string) => void;
};

const WRITES: Record<string, Write> = {
  create: {
    method: 'POST',
    path: () => '/access_tokens',
    prepare: async () => ({ id: '', secret: null }),
    run: async (_id, label) =>
      (await stack.execute(CreateAccessTokenDocument, {
        input: { name: label, roleId: SEEDED.roles.readOnly, canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false },
      })).data!.createAccessToken,
    applied: (_id, label) => stack.cma.store.data.access_tokens.filter((token) => token.name === label).length === 1,
    checkSuccess: (result, _id, label) => {
      const created = stack.cma.store.data.access_tokens.filter((token) => token.name === label);
      expect(created).toHaveLength(1);
      expect(result.accessToken).toMatchObject({ id: created[0]!.id, token: created[0]!.secret });
    },
  },
  update: {
    method: 'PUT',
    path: (id) => `/access_tokens/${id}`,
    prepare: async (label) => stack.cma.createToken(label).then((token) => ({ id: token.id, secret: token.token ?? null })),
    run: async (id, label) => (await stack.execute(UpdateAccessTokenDocument, { id, input: { name: `${label} (updated)`, canAccessCma: false } })).data!.updateAccessToken,
    applied: (id, label) => stack.cma.stored(id)?.name === `${label} (updated)` && stack.cma.stored(id)?.can_access_cma === false,
    checkSuccess: (result, id, label) => expect(result.accessToken).toMatchObject({ id, name: `${label} (updated)`, canAccessCma: false }),
  },
  rotate: {
    method: 'POST',
    path: (id) => `/access_tokens/${id}/regenerate_token`,
    prepare: async (label) => stack.cma.createToken(label).then((token) => ({ id: token.id, secret: token.token ?? null })),
    run: async (id) => (await stack.execute(RotateAccessTokenDocument, { id })).data!.rotateAccessToken,
    applied: (id, _label, before) => stack.cma.stored(id)?.secret !== before.secret,
    checkSuccess: (result, id) => expect(result.accessToken).toEqual({ id, token: stack.cma.stored(id)!.secret }),
  },
  delete: {
    method: 'DELETE',
    path: (id) => `/access_tokens/${id}`,
    prepare: async (label) => stack.cma.createToken(label).then((token) => ({ id: token.id, secret: token.token ?? null })),
    run: async (id) => (await stack.execute(DeleteAccessTokenDocument, { id })).data!.deleteAccessToken,
    applied: (id) => stack.cma.stored(id) === undefined,
    // The answer was lost and the token not read before: the API proves the deletion, it cannot show the token.
    checkSuccess: (result, id) => expect(result).toMatchObject({ id }),
  },
};

function answerOf(result: Record<string, unknown>): Answer | string {
  if (String(result.__typename).endsWith('Success')) return 'SUCCESS';
  if (result.__typename === 'UpstreamUnavailableError') return result.outcomeUnknown ? 'OUTCOME_UNKNOWN' : 'NOT_APPLIED';
  return `unexpected ${JSON.stringify(result)}`;
}

const cells = Object.entries(WRITES).flatMap(([writeName, write]) =>
  Object.entries(FAULTS).map(([faultName, fault], index) => ({ writeName, write, faultName, fault, expected: EXPECTED[index]! })),
);

describe('every write under every fault answers success, not applied, or outcome unknown, truthfully', () => {
  it.each(cells)('$writeName when $faultName: $expected', async ({ writeName, write, faultName, fault, expected }) => {
    const label = `Matrix ${writeName} ${faultName}`;
    const before = await write.prepare(label);
    const path = write.path(before.id);
    stack.cma.faults.inject({ ...fault, method: write.method, path, times: 1 });

    const mark = stack.cma.requests.length;
    const result = (await write.run(before.id, label)) as Record<string, unknown>;
    expect(answerOf(result)).toBe(expected);

    const appliedNow = write.applied(before.id, label, before);
    await delay(LATE_MS + 200); // any delayed request has landed by now
    const appliedLater = write.applied(before.id, label, before);
    // Sent once, never replayed, whatever happened to it (a request is recorded once it has ended).
    const sent = stack.cma.requests.slice(mark).filter((request) => request.method === write.method && request.path === path);
    expect(sent).toHaveLength(1);
    if (expected === 'SUCCESS') {
      expect(appliedNow).toBe(true);
      write.checkSuccess(result, before.id, label);
    }
    if (expected === 'NOT_APPLIED') {
      expect(result.message).toMatch(/safe to retry/);
      expect([appliedNow, appliedLater]).toEqual([false, false]);
    }
    if (expected === 'OUTCOME_UNKNOWN') {
      expect(result.message).toMatch(/in time/);
      // Unapplied when the API answered, applied a moment later: "not applied" would have been a lie.
      expect([appliedNow, appliedLater]).toEqual([false, true]);
    }
  });
});
