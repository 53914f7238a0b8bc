import type { FinalPermissions, RoleLayer } from '../capabilities/effective-capabilities.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import type { Loaders } from '../loaders/create-loaders.ts';

/** The role layer of a token's capabilities, through the role loader (one GET /roles per request). */
export async function roleLayerOf(token: Pick<CmaAccessToken, 'role'>, loaders: Loaders): Promise<RoleLayer> {
  if (!token.role) return { kind: 'no_role' };
  const role = await loaders.roleById.load(token.role.id);
  return { kind: 'role', name: role.name, permissions: role.meta.final_permissions as unknown as FinalPermissions };
}
