import type { ApiTypes, Client } from '@datocms/cma-client-node';
import type { CmaPolicy } from '../config.ts';
import { CmaUnavailableError, toCmaError } from './errors.ts';
import { withReadRetry } from './read-retry.ts';

export type CmaAccessToken = ApiTypes.AccessToken;
export type CmaRole = ApiTypes.Role;
/** The attributes the CMA's PUT and POST require, and the role by id. */
export type AccessTokenAttributes = Omit<ApiTypes.AccessTokenUpdateSchema, 'id' | 'type' | 'role'> & { roleId: string };

/**
 * Every CMA call this API makes, for one caller. Reads retry within the policy; writes are sent
 * once, and what happens when their answer is lost is decided per write, below.
 */
export class CmaGateway {
  constructor(
    private readonly client: Client,
    private readonly policy: CmaPolicy,
  ) {}

  async #read<T>(target: Parameters<typeof toCmaError>[1], call: () => Promise<T>): Promise<T> {
    return withReadRetry(this.policy, async () => {
      try {
        return await call();
      } catch (error) {
        throw toCmaError(error, target);
      }
    });
  }

  async #write<T>(target: Parameters<typeof toCmaError>[1], call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw toCmaError(error, target);
    }
  }

  listAccessTokens(): Promise<CmaAccessToken[]> {
    return this.#read({ resource: 'access_token' }, () => this.client.accessTokens.list());
  }

  findAccessToken(id: string): Promise<CmaAccessToken> {
    return this.#read({ resource: 'access_token', id }, () => this.client.accessTokens.find(id));
  }

  listRoles(): Promise<CmaRole[]> {
    return this.#read({ resource: 'role' }, () => this.client.roles.list());
  }

  /**
   * Creates a token, never twice. If the answer is lost, the token list is read again and compared
   * with the one read before: the one new token with these attributes is the one created.
   */
  async createAccessToken(attributes: AccessTokenAttributes): Promise<CmaAccessToken> {
    const { roleId, ...flags } = attributes;
    const known = new Set((await this.listAccessTokens()).map((token) => token.id));
    try {
      return await this.#write({ resource: 'role', id: roleId }, () =>
        this.client.accessTokens.create({ ...flags, role: { type: 'role', id: roleId } }),
      );
    } catch (error) {
      if (!(error instanceof CmaUnavailableError)) throw error;
      const created = (await this.listAccessTokens()).filter(
        (token) =>
          !known.has(token.id) &&
          token.name === flags.name &&
          token.role?.id === roleId &&
          token.can_access_cda === flags.can_access_cda &&
          token.can_access_cda_preview === flags.can_access_cda_preview &&
          token.can_access_cma === flags.can_access_cma,
      );
      if (created.length === 1) return created[0]!;
      if (created.length === 0 && !error.timedOut) {
        throw new CmaUnavailableError('The CMA did not confirm the creation and no new token exists: it is safe to retry');
      }
      throw new CmaUnavailableError(
        'The CMA did not confirm the creation: list the tokens before retrying, it may have been applied',
        true,
      );
    }
  }

  /** PUT needs the full body; `roleId: undefined` leaves the role out so the CMA keeps it. */
  updateAccessToken(id: string, attributes: Omit<AccessTokenAttributes, 'roleId'> & { roleId?: string | undefined }) {
    const { roleId, ...flags } = attributes;
    return this.#write({ resource: 'access_token', id }, () =>
      this.client.accessTokens.update(id, roleId === undefined ? flags : { ...flags, role: { type: 'role', id: roleId } }),
    );
  }

  /**
   * Rotates a secret, never twice. The current secret is read first; if the rotation's answer is
   * then lost (timeout, dropped connection, 5xx), the token is read again: a secret that changed
   * means the rotation happened and the new secret is returned; an unchanged one means it did not,
   * and the caller is told it may safely retry.
   */
  async rotateAccessToken(id: string): Promise<CmaAccessToken> {
    const before = await this.findAccessToken(id);
    try {
      return await this.#write({ resource: 'access_token', id }, () => this.client.accessTokens.regenerateToken(id));
    } catch (error) {
      if (!(error instanceof CmaUnavailableError)) throw error;
      const after = await this.findAccessToken(id);
      if (after.token !== null && after.token !== undefined && after.token !== before.token) return after;
      if (error.timedOut) {
        throw new CmaUnavailableError('The CMA did not confirm the rotation and may still apply it: read the token before retrying', true);
      }
      throw new CmaUnavailableError('The CMA did not confirm the rotation and the secret is unchanged: it is safe to retry');
    }
  }

  deleteAccessToken(id: string): Promise<CmaAccessToken> {
    return this.#write({ resource: 'access_token', id }, () => this.client.accessTokens.destroy(id));
  }
}
