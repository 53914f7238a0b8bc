import type { FinalPermissions, RoleLayer } from '../capabilities/effective-capabilities.ts';
import { CmaNotFoundError } from '../cma/errors.ts';
import type { CmaAccessToken } from '../cma/types.ts';
import type { Loaders } from '../loaders/create-loaders.ts';

/** The role layer of a token's capabilities, through the role loader (one GET /roles per request). */
export async function roleLayerOf(token: Pick<CmaAccessToken, 'role'>, loaders: Loaders): Promise<RoleLayer> {
  if (!token.role) return { kind: 'no_role' };
  try {
    const role = await loaders.roleById.load(token.role.id);
    return { kind: 'role', name: role.name, permissions: role.meta.final_permissions as unknown as FinalPermissions };
  } catch (error) {
    if (error instanceof CmaNotFoundError) return { kind: 'deleted_role', roleId: token.role.id };
    throw error;
  }
}
