import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DeleteAccessTokenDocument,
  GetAccessTokenDocument,
  RotateAccessTokenDocument,
  UpdateAccessTokenDocument,
} from '../generated/graphql.ts';
import { expectTypename, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());



async function versionOf(id: string, asToken?: string) {
  const { data } = await stack.execute(GetAccessTokenDocument, { id }, asToken);
  return data!.accessToken!.version;
}

/** Reads the token's version, then changes the token behind the API's back (as the dashboard would). */
async function staleVersion(name: string) {
  const token = await stack.cma.createToken(name);
  const version = await versionOf(token.id);
  await stack.cma.client().accessTokens.update(token.id, {
    name: `${name} (changed in the dashboard)`,
    can_access_cda: false,
    can_access_cda_preview: false,
    can_access_cma: true,
  });
  return { token, version, snapshot: structuredClone(stack.cma.stored(token.id)!) };
}

describe('AccessToken.version', () => {
  it('changes with the name, flags or role, not with a rotation, and reads the same for every caller', async () => {
    const token = await stack.cma.createToken('Versioned');
    const first = await versionOf(token.id);
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await versionOf(token.id, stack.cma.secretOf(SEEDED.importScript))).toBe(first);

    await stack.execute(RotateAccessTokenDocument, { id: token.id });
    expect(await versionOf(token.id)).toBe(first);

    const renamed = await stack.execute(UpdateAccessTokenDocument, { id: token.id, input: { name: 'Versioned, renamed' }, expectedVersion: first });
    const second = expectTypename(renamed.data!.updateAccessToken, 'UpdateAccessTokenSuccess').accessToken.version;
    expect(second).not.toBe(first);
    expect(await versionOf(token.id)).toBe(second);

    await stack.execute(UpdateAccessTokenDocument, { id: token.id, input: { roleId: SEEDED.roles.readOnly } });
    expect(await versionOf(token.id)).not.toBe(second);
  });
});

describe('a stale expectedVersion', () => {
  it('refuses an update with ConflictError carrying the current token, and writes nothing', async () => {
    const { token, version, snapshot } = await staleVersion('Stale update');
    const { data } = await stack.execute(UpdateAccessTokenDocument, { id: token.id, input: { canAccessCma: false }, expectedVersion: version });
    const conflict = expectTypename(data!.updateAccessToken, 'ConflictError');
    expect(conflict).toMatchObject({
      expectedVersion: version,
      currentVersion: await versionOf(token.id),
      currentAccessToken: { id: token.id, name: 'Stale update (changed in the dashboard)', canAccessCda: false, canAccessCma: true },
    });
    expect(stack.cma.stored(token.id)).toEqual(snapshot);
  });

  it('refuses a dry run the same way', async () => {
    const { token, version } = await staleVersion('Stale dry run');
    const { data } = await stack.execute(UpdateAccessTokenDocument, {
      id: token.id, input: { canAccessCma: false }, expectedVersion: version, dryRun: true,
    });
    expect(data!.updateAccessToken).toMatchObject({ __typename: 'ConflictError', expectedVersion: version });
  });

  it('refuses a rotation: the secret is unchanged', async () => {
    const { token, version, snapshot } = await staleVersion('Stale rotation');
    const { data } = await stack.execute(RotateAccessTokenDocument, { id: token.id, expectedVersion: version });
    expect(data!.rotateAccessToken).toMatchObject({ __typename: 'ConflictError', currentAccessToken: { id: token.id } });
    expect(stack.cma.stored(token.id)).toEqual(snapshot);
  });

  it('refuses a deletion: the token is still there', async () => {
    const { token, version, snapshot } = await staleVersion('Stale deletion');
    const { data } = await stack.execute(DeleteAccessTokenDocument, { id: token.id, expectedVersion: version });
    expect(data!.deleteAccessToken).toMatchObject({ __typename: 'ConflictError', currentAccessToken: { id: token.id } });
    expect(stack.cma.stored(token.id)).toEqual(snapshot);
  });

  it('is no obstacle when it is current: rotate and delete go through', async () => {
    const token = await stack.cma.createToken('Current version');
    const version = await versionOf(token.id);
    const rotated = await stack.execute(RotateAccessTokenDocument, { id: token.id, expectedVersion: version });
    expect(expectTypename(rotated.data!.rotateAccessToken, 'RotateAccessTokenSuccess').accessToken.token).not.toBe(token.token);
    const deleted = await stack.execute(DeleteAccessTokenDocument, { id: token.id, expectedVersion: version });
    expect(deleted.data!.deleteAccessToken).toEqual({
      __typename: 'DeleteAccessTokenSuccess', id: token.id, accessToken: { id: token.id, name: 'Current version' },
    });
    expect(stack.cma.stored(token.id)).toBeUndefined();
  });

  it('refuses a malformed version as a ValidationError, sending nothing upstream', async () => {
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(RotateAccessTokenDocument, { id: SEEDED.ciDeploy, expectedVersion: 'not a version!' })).data!.rotateAccessToken;
    });
    expect(result).toMatchObject({ __typename: 'ValidationError', field: 'expectedVersion' });
    expect(upstream).toEqual([]);
  });
});
