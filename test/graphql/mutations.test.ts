import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateAccessTokenDocument,
  DeleteAccessTokenDocument,
  GetAccessTokenDocument,
  RotateAccessTokenDocument,
  UpdateAccessTokenDocument,
} from '../generated/graphql.ts';
import { expectTypename, startTestStack, type TestStack } from '../support/graphql-server.ts';
import { apiErrorOf, SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const newToken = (name: string, overrides: Record<string, unknown> = {}) => ({
  input: { name, roleId: SEEDED.roles.readOnly, canAccessCda: true, canAccessCdaPreview: false, canAccessCma: true, ...overrides },
});

async function create(name: string, overrides: Record<string, unknown> = {}) {
  const { data } = await stack.execute(CreateAccessTokenDocument, newToken(name, overrides) as never);
  return expectTypename(data!.createAccessToken, 'CreateAccessTokenSuccess').accessToken;
}

describe('createAccessToken', () => {
  it('creates a token, trims its name and returns a secret the CMA accepts', async () => {
    const token = await create('  Storefront reader  ');
    expect(token).toMatchObject({
      name: 'Storefront reader', editable: true, hardcodedType: null, canAccessCma: true, role: { id: SEEDED.roles.readOnly },
    });
    expect(token.token).toMatch(/^[0-9a-f]{30}$/);
    expect((await stack.cma.client(token.token!).roles.list()).length).toBe(6);
  });

  it.each([
    ['a blank name', { name: '   ' }, ['input', 'name']],
    ['an overlong name', { name: 'n'.repeat(256) }, ['input', 'name']],
    ['a control character in the name', { name: 'evil\u0000name' }, ['input', 'name']],
    ['a malformed role id', { roleId: 'role 1; drop' }, ['input', 'roleId']],
  ])('refuses %s with a ValidationError naming the field, sending nothing upstream', async (_case, override, path) => {
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(CreateAccessTokenDocument, newToken('x', override) as never)).data!.createAccessToken;
    });
    expect(result).toMatchObject({ __typename: 'ValidationError', path, field: path[1] });
    expect(upstream).toEqual([]);
  });

  it.each([
    ['Cyrillic and an emoji', 'Интеграция магазина 🚀'],
    ['Arabic', 'تكامل المتجر'],
    ['Chinese', '商店集成令牌'],
    ['Devanagari with its combining marks', 'हिन्दी टोकन'],
    ['a decomposed accent', 'Cafe\u0301 sync'],
    ['an emoji with its variation selector', '❤\ufe0f newsletter'],
    ['255 characters of the astral plane (510 UTF-16 units)', '😀'.repeat(255)],
  ])('accepts a name in %s, stored exactly as given', async (_case, name) => {
    const token = await create(name);
    expect(token.name).toBe(name);
    expect(stack.cma.store.data.access_tokens.find((stored) => stored.id === token.id)!.name).toBe(name);
  });

  it('reports a role the CMA does not know as a ValidationError on roleId, creating nothing', async () => {
    const count = stack.cma.store.data.access_tokens.length;
    const { data } = await stack.execute(CreateAccessTokenDocument, newToken('Orphan', { roleId: '424242' }) as never);
    expect(data!.createAccessToken).toMatchObject({ __typename: 'ValidationError', field: 'roleId', path: ['input', 'roleId'] });
    expect(stack.cma.store.data.access_tokens.length).toBe(count);
  });

  it('answers PermissionDeniedError to a caller whose role cannot manage tokens, creating nothing', async () => {
    const count = stack.cma.store.data.access_tokens.length;
    const { data } = await stack.execute(
      CreateAccessTokenDocument, newToken('Escalation', { roleId: SEEDED.roles.admin }) as never, stack.cma.secretOf(SEEDED.importScript),
    );
    expect(data!.createAccessToken).toMatchObject({ __typename: 'PermissionDeniedError', upstreamCode: 'INSUFFICIENT_PERMISSIONS' });
    expect(stack.cma.store.data.access_tokens.length).toBe(count);
  });
});

describe('updateAccessToken', () => {
  it('changes only what is given: other attributes and the role are kept', async () => {
    const token = await create('Partial', { roleId: SEEDED.roles.editorial, canAccessCdaPreview: true });
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(UpdateAccessTokenDocument, { id: token.id, input: { name: 'Partial, renamed' } })).data!.updateAccessToken;
    });
    expect(expectTypename(result as { __typename: string }, 'UpdateAccessTokenSuccess')).toMatchObject({
      accessToken: {
        name: 'Partial, renamed', canAccessCda: true, canAccessCdaPreview: true, canAccessCma: true,
        role: { id: SEEDED.roles.editorial }, token: token.token,
      },
    });
    const calls = upstream.map((request) => `${request.method} ${request.path}`);
    // The token and the roles (for the capability changes) are read together, then the write is sent.
    expect(calls.slice(0, 2).sort()).toEqual([`GET /access_tokens/${token.id}`, 'GET /roles']);
    expect(calls.slice(2)).toEqual([`PUT /access_tokens/${token.id}`]);
  });

  it('moves the token to another role and switches flags when asked', async () => {
    const token = await create('Mover');
    const { data } = await stack.execute(UpdateAccessTokenDocument, {
      id: token.id, input: { roleId: SEEDED.roles.developer, canAccessCma: false },
    });
    expect(data!.updateAccessToken).toMatchObject({
      accessToken: { name: 'Mover', canAccessCma: false, role: { id: SEEDED.roles.developer } },
    });
  });

  it('answers NonEditableAccessTokenError for a built-in token and sends no write', async () => {
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(UpdateAccessTokenDocument, { id: SEEDED.readOnlyBuiltIn, input: { canAccessCda: false } })).data!
        .updateAccessToken;
    });
    expect(result).toMatchObject({
      __typename: 'NonEditableAccessTokenError', accessTokenId: SEEDED.readOnlyBuiltIn, hardcodedType: 'readonly',
    });
    expect(upstream.every((request) => request.method === 'GET')).toBe(true);
    expect(stack.cma.store.data.access_tokens.find((token) => token.id === SEEDED.readOnlyBuiltIn)!.can_access_cda).toBe(true);
  });

  it('answers NotFoundError for an unknown token', async () => {
    const { data } = await stack.execute(UpdateAccessTokenDocument, { id: '999999', input: { name: 'Ghost' } });
    expect(data!.updateAccessToken).toMatchObject({ __typename: 'NotFoundError', resource: 'access_token', id: '999999' });
  });
});

describe('rotateAccessToken', () => {
  it('returns a new secret; the CMA refuses the old one and accepts the new one', async () => {
    const token = await create('Rotating');
    const { data } = await stack.execute(RotateAccessTokenDocument, { id: token.id });
    const rotated = expectTypename(data!.rotateAccessToken, 'RotateAccessTokenSuccess').accessToken;
    expect(rotated.token).toMatch(/^[0-9a-f]{30}$/);
    expect(rotated.token).not.toBe(token.token);
    expect(await apiErrorOf(stack.cma.client(token.token!).roles.list())).toMatchObject({ status: 401 });
    expect((await stack.cma.client(rotated.token!).roles.list()).length).toBe(6);
  });

  it('rotates built-in tokens too', async () => {
    const before = stack.cma.secretOf(SEEDED.readOnlyBuiltIn);
    const { data } = await stack.execute(RotateAccessTokenDocument, { id: SEEDED.readOnlyBuiltIn });
    const rotated = expectTypename(data!.rotateAccessToken, 'RotateAccessTokenSuccess').accessToken;
    expect(rotated.token).not.toBe(before);
    expect(stack.cma.secretOf(SEEDED.readOnlyBuiltIn)).toBe(rotated.token);
  });

  it('recovers the new secret by reading it back when the rotation was done but its answer lost', async () => {
    const token = await create('Lost answer');
    stack.cma.faults.inject({ kind: 'drop_response', method: 'POST', path: /regenerate_token$/, times: 1 });
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(RotateAccessTokenDocument, { id: token.id })).data!.rotateAccessToken;
    });
    const rotated = expectTypename(result as { __typename: string }, 'RotateAccessTokenSuccess') as { accessToken: { token: string } };
    expect(rotated.accessToken.token).toBe(stack.cma.secretOf(token.id));
    expect(rotated.accessToken.token).not.toBe(token.token);
    expect(upstream.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('reports a rotation that never reached the CMA as safe to retry, and rotates nothing', async () => {
    const token = await create('Dropped request');
    stack.cma.faults.inject({ kind: 'drop_request', method: 'POST', path: /regenerate_token$/, times: 1 });
    const { data } = await stack.execute(RotateAccessTokenDocument, { id: token.id });
    expect(data!.rotateAccessToken).toMatchObject({ __typename: 'UpstreamUnavailableError', outcomeUnknown: false });
    expect((data!.rotateAccessToken as { message: string }).message).toMatch(/safe to retry/);
    expect(stack.cma.secretOf(token.id)).toBe(token.token);
  });

  it('answers NotFoundError for an unknown token', async () => {
    const { data } = await stack.execute(RotateAccessTokenDocument, { id: '999999' });
    expect(data!.rotateAccessToken).toMatchObject({ __typename: 'NotFoundError', id: '999999' });
  });
});

describe('deleteAccessToken', () => {
  it('deletes a token: it is gone from reads and its secret is refused', async () => {
    const token = await create('Short-lived');
    const { data } = await stack.execute(DeleteAccessTokenDocument, { id: token.id });
    expect(data!.deleteAccessToken).toEqual({
      __typename: 'DeleteAccessTokenSuccess', id: token.id, accessToken: { id: token.id, name: 'Short-lived' },
    });
    expect((await stack.execute(GetAccessTokenDocument, { id: token.id })).data!.accessToken).toBeNull();
    expect(await apiErrorOf(stack.cma.client(token.token!).roles.list())).toMatchObject({ status: 401 });
  });

  it('answers PermissionDeniedError to a caller who cannot manage tokens, deleting nothing', async () => {
    const { data } = await stack.execute(DeleteAccessTokenDocument, { id: SEEDED.ciDeploy }, stack.cma.secretOf(SEEDED.importScript));
    expect(data!.deleteAccessToken).toMatchObject({ __typename: 'PermissionDeniedError' });
    expect(stack.cma.store.data.access_tokens.some((token) => token.id === SEEDED.ciDeploy)).toBe(true);
  });
});
