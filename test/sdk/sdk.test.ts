import { createTokenAdminClient, TokenAdminRequestError } from 'datocms-token-admin/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED, TEST_ADMIN_TOKEN } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const client = () => createTokenAdminClient({ url: stack.url, token: TEST_ADMIN_TOKEN });

describe('the SDK (datocms-token-admin/sdk) against a running server', () => {
  it('reads tokens with their capabilities, typed', async () => {
    const tokens = await client().listAccessTokens({ canAccess: ['CDA'], editable: true });
    const publicCda = tokens.find((token) => token.id === SEEDED.publicCda)!;
    expect(publicCda).toMatchObject({ name: 'Public CDA token', role: { name: 'Editorial team' }, effectiveCapabilities: { canWrite: false } });
    expect(publicCda.effectiveCapabilities?.allowed).toEqual(['CALL_CDA', 'READ_PUBLISHED_CONTENT']);
  });

  it("returns each mutation's result union intact: a success, a conflict, a validation error", async () => {
    const created = await client().createAccessToken({ name: 'From the SDK', roleId: '3', canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false });
    if (created.__typename !== 'CreateAccessTokenSuccess') throw new Error(`expected a success, got ${created.__typename}`);
    expect(created.accessToken.token).toBe(stack.cma.secretOf(created.accessToken.id));

    const stale = await client().updateAccessToken(created.accessToken.id, { name: 'Renamed' }, { expectedVersion: 'not-the-version' });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: created.accessToken.version });
    const invalid = await client().updateAccessToken(created.accessToken.id, { name: '   ' });
    expect(invalid).toMatchObject({ __typename: 'ValidationError', field: 'name' });
    expect(await client().deleteAccessToken(created.accessToken.id)).toEqual({ __typename: 'DeleteAccessTokenSuccess', id: created.accessToken.id });
  });

  it('throws TokenAdminRequestError with the code when the request as a whole fails', async () => {
    const anonymous = createTokenAdminClient({ url: stack.url, token: 'not-a-token' });
    const error = await anonymous.listAccessTokens().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TokenAdminRequestError);
    expect(error).toMatchObject({ code: 'PERMISSION_DENIED', status: 200 });
  });
});
