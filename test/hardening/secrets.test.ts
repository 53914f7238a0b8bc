import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CreateAccessTokenDocument,
  DeleteAccessTokenDocument,
  ListAccessTokensDocument,
  RotateAccessTokenDocument,
  UpdateAccessTokenDocument,
} from '../generated/graphql.ts';
import { expectTypename, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
const consoleLines: string[] = [];
beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(' '));
    });
  }
  stack = await startTestStack();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await stack.stop();
});

describe('secrets never reach a log line or an error', () => {
  it('keeps every secret and bearer out of logs and error responses through a full scenario', async () => {
    const errorTexts: string[] = [];
    const record = <T extends { data?: unknown; errors?: unknown[] }>(response: T): T => {
      if (response.errors) errorTexts.push(JSON.stringify(response.errors));
      for (const value of Object.values((response.data ?? {}) as Record<string, { __typename?: string } | null>)) {
        if (value?.__typename && !value.__typename.endsWith('Success')) errorTexts.push(JSON.stringify(value));
      }
      return response;
    };
    const editorSecret = stack.cma.secretOf(SEEDED.importScript);

    const created = expectTypename(
      record(await stack.execute(CreateAccessTokenDocument, { input: { name: 'Secret keeper', roleId: '3', canAccessCda: true, canAccessCdaPreview: true, canAccessCma: true } })).data!.createAccessToken,
      'CreateAccessTokenSuccess',
    ).accessToken;
    record(await stack.execute(ListAccessTokensDocument));
    const rotated = expectTypename(record(await stack.execute(RotateAccessTokenDocument, { id: created.id })).data!.rotateAccessToken, 'RotateAccessTokenSuccess').accessToken;
    // Failures of every kind: permission, validation, non-editable, refused bearer, lost answers, an unexpected answer.
    record(await stack.execute(RotateAccessTokenDocument, { id: created.id }, editorSecret));
    record(await stack.execute(UpdateAccessTokenDocument, { id: created.id, input: { name: '  ' } }));
    record(await stack.execute(UpdateAccessTokenDocument, { id: SEEDED.readOnlyBuiltIn, input: { name: 'x' } }));
    record(await stack.execute(ListAccessTokensDocument, {}, created.token!));
    stack.cma.faults.inject({ kind: 'drop_response', method: 'POST', path: /regenerate_token$/, times: 1 });
    const recovered = expectTypename(record(await stack.execute(RotateAccessTokenDocument, { id: created.id })).data!.rotateAccessToken, 'RotateAccessTokenSuccess').accessToken;
    // A 3xx is no answer the CMA documents: masked. (A 4xx would be a typed refusal, a 5xx unavailable.)
    stack.cma.faults.inject({ kind: 'status', status: 300, method: 'GET', path: '/access_tokens', times: 1 });
    const unexpected = record(await stack.execute(ListAccessTokensDocument, {}, rotated.token!));
    record(await stack.execute(DeleteAccessTokenDocument, { id: created.id }, recovered.token!));

    // The unexpected failure is masked, with an id the server log carries too.
    const masked = unexpected.errors![0]! as { message: string; extensions: { errorId: string } };
    expect(masked.message).toBe('Unexpected error.');
    expect(stack.logs.some((line) => line.includes(masked.extensions.errorId))).toBe(true);

    const secrets = new Set([
      TEST_ADMIN_TOKEN, editorSecret, created.token!, rotated.token!, recovered.token!,
      ...stack.cma.store.data.access_tokens.map((token) => token.secret),
    ]);
    expect(secrets.size).toBeGreaterThanOrEqual(10);
    const everything = [...stack.logs, ...consoleLines, ...errorTexts];
    expect(stack.logs.length).toBeGreaterThan(10);
    expect(errorTexts.length).toBeGreaterThanOrEqual(6);
    for (const secret of secrets) {
      const leaks = everything.filter((line) => line.includes(secret));
      expect(leaks, `secret ${secret.slice(0, 4)}… leaked`).toEqual([]);
    }
    expect(everything.filter((line) => /bearer\s+[0-9a-z]{8,}/i.test(line))).toEqual([]);
  });
});
