import type { FinalPermissions, RoleLayer } from '../capabilities/effective-capabilities.ts';
import type { CmaAccessToken, CmaRole } from '../cma/types.ts';
import type { Loaders } from '../loaders/create-loaders.ts';

/**
 * The role layer of a token's capabilities, through the role loader (one GET /roles per request);
 * synchronous once the role list is in, so that a long list of tokens costs no promise per token.
 */
export function roleLayerOf(token: Pick<CmaAccessToken, 'role'>, loaders: Loaders): RoleLayer | Promise<RoleLayer> {
  if (!token.role) return { kind: 'no_role' };
  const layer = (role: CmaRole): RoleLayer => ({
    kind: 'role',
    name: role.name,
    permissions: role.meta.final_permissions as unknown as FinalPermissions,
  });
  const loaded = loaders.roleIfLoaded(token.role.id);
  return loaded ? layer(loaded) : loaders.roleById.load(token.role.id).then(layer);
}
