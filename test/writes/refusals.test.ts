import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateAccessTokenDocument,
  DeleteAccessTokenDocument,
  GetAccessTokenDocument,
  UpdateAccessTokenDocument,
} from '../generated/graphql.ts';
import { startTestStack, type TestStack } from '../support/graphql-server.ts';
import { SEEDED } from '../support/local-cma.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterEach(() => stack.cma.faults.clear());
afterAll(() => stack.stop());

/** What a write could change (a call does change its caller's last access, as on DatoCMS). */
const writableState = () =>
  stack.cma.store.data.access_tokens.map(({ last_cma_access_on: _cma, last_cda_access_on: _cda, ...token }) => token);


describe('the CMA refusals are typed errors, never masked', () => {
  it('a token deleting itself gets CannotDeleteOwnTokenError, and stays', async () => {
    const admin = await stack.cma.createToken('Deletes itself', { roleId: SEEDED.roles.admin });
    const { data } = await stack.execute(DeleteAccessTokenDocument, { id: admin.id }, admin.token!);
    expect(data!.deleteAccessToken).toMatchObject({ __typename: 'CannotDeleteOwnTokenError', accessTokenId: admin.id });
    expect(stack.cma.stored(admin.id)).toBeDefined();
  });

  it('INVALID_ATTRIBUTES becomes InvalidAttributesError naming the attributes, and nothing changes', async () => {
    const token = await stack.cma.createToken('Extraneous');
    stack.cma.faults.inject({
      kind: 'status', status: 422, code: 'INVALID_ATTRIBUTES', details: { extraneous_attributes: ['can_access_cda_preview'] },
      method: 'PUT', times: 1,
    });
    const { data } = await stack.execute(UpdateAccessTokenDocument, { id: token.id, input: { name: 'Never applied' } });
    expect(data!.updateAccessToken).toMatchObject({ __typename: 'InvalidAttributesError', attributes: ['can_access_cda_preview'] });
    expect(stack.cma.stored(token.id)!.name).toBe('Extraneous');
  });

  it('any other 4xx api_error of a write becomes UpstreamRefusedError with its code, and is not read back as lost', async () => {
    stack.cma.faults.inject({ kind: 'status', status: 422, code: 'INVALID_CONTENT_TYPE_HEADER', method: 'POST', path: '/access_tokens', times: 1 });
    let result: unknown;
    const upstream = await stack.upstreamDuring(async () => {
      result = (await stack.execute(CreateAccessTokenDocument, {
        input: { name: 'Refused create', roleId: SEEDED.roles.readOnly, canAccessCda: true, canAccessCdaPreview: false, canAccessCma: false },
      })).data!.createAccessToken;
    });
    expect(result).toMatchObject({ __typename: 'UpstreamRefusedError', upstreamCode: 'INVALID_CONTENT_TYPE_HEADER', httpStatus: 422 });
    // One list before the create, the create itself: a refusal needs no read-back.
    expect(upstream.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /access_tokens', 'POST /access_tokens']);
  });

  it('a refused read answers UPSTREAM_REFUSED with the CMA code', async () => {
    stack.cma.faults.inject({ kind: 'status', status: 422, code: 'INVALID_ENDPOINT', method: 'GET', path: `/access_tokens/${SEEDED.ciDeploy}`, times: 1 });
    const response = await stack.execute(GetAccessTokenDocument, { id: SEEDED.ciDeploy });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_REFUSED', upstreamCode: 'INVALID_ENDPOINT' });
  });
});

describe('a dry run answers what the real call would, and changes nothing', () => {
  const cases: [string, () => Promise<{ id: string; input: Record<string, unknown>; asToken?: string }>, Record<string, unknown>][] = [
    [
      'a caller whose role cannot manage tokens',
      async () => ({ id: (await stack.cma.createToken('Out of reach')).id, input: { canAccessCma: false }, asToken: stack.cma.secretOf(SEEDED.importScript) }),
      { __typename: 'PermissionDeniedError', upstreamCode: 'INSUFFICIENT_PERMISSIONS' },
    ],
    [
      'a built-in token',
      async () => ({ id: SEEDED.readOnlyBuiltIn, input: { name: 'Renamed built-in' } }),
      { __typename: 'NonEditableAccessTokenError', accessTokenId: SEEDED.readOnlyBuiltIn },
    ],
    [
      'a role that does not exist',
      async () => ({ id: (await stack.cma.createToken('Roleless move')).id, input: { roleId: '424242' } }),
      { __typename: 'ValidationError', field: 'roleId', path: ['input', 'roleId'] },
    ],
    [
      'a token that does not exist',
      async () => ({ id: '999999', input: { name: 'Ghost' } }),
      { __typename: 'NotFoundError', resource: 'access_token', id: '999999' },
    ],
  ];

  it.each(cases)('%s', async (_case, prepare, expected) => {
    const { id, input, asToken } = await prepare();
    const before = writableState();
    const dry = await stack.execute(UpdateAccessTokenDocument, { id, input, dryRun: true }, asToken);
    expect(dry.data!.updateAccessToken).toMatchObject(expected);
    expect(writableState()).toEqual(before);
    const real = await stack.execute(UpdateAccessTokenDocument, { id, input }, asToken);
    expect(real.data!.updateAccessToken).toMatchObject(expected);
    expect(writableState()).toEqual(before);
  });
});
