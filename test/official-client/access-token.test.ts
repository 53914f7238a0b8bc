// Ported from datocms/js-rest-api-clients, packages/cma-client-node/__tests__/accessToken.test.ts, at commit
// b63cc97785405032c2514c374099d55073d0e896 (23 July 2026). Unchanged but for its set-up: the imports
// (vitest's functions; the helper, which starts a new local project instead of a DatoCMS one).
import { describe, expect, it } from 'vitest';
import { generateNewCmaClient } from './generate-new-cma-client.ts';

describe('Access tokens', () => {
  it.concurrent('create, find, list, update, destroy', async () => {
    const client = await generateNewCmaClient();

    const role = await client.roles.create({
      name: 'Translator',
    });

    const token = await client.accessTokens.create({
      name: 'Translator token',
      can_access_cda: true,
      can_access_cda_preview: false,
      can_access_cma: false,
      role: {
        id: role.id,
        type: 'role',
      },
    });

    const foundAccessToken = await client.accessTokens.find(token);
    expect(foundAccessToken.id).toEqual(token.id);

    const allAccessToken = await client.accessTokens.list();
    expect(allAccessToken).toHaveLength(2);

    const updatedToken = await client.accessTokens.update(token, {
      name: 'Updated',
      can_access_cda: token.can_access_cda,
      can_access_cda_preview: token.can_access_cda_preview,
      can_access_cma: token.can_access_cma,
    });
    expect(updatedToken.name).toEqual('Updated');

    await client.accessTokens.destroy(token);
    expect(await client.accessTokens.list()).toHaveLength(1);
  });
});
