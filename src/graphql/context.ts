import { GraphQLError } from 'graphql';
import type { CmaClientFactory } from '../cma/client-factory.ts';
import { CmaGateway } from '../cma/gateway.ts';
import type { KeyedLock } from '../cma/keyed-lock.ts';
import type { CmaPolicy } from '../config.ts';
import { createLoaders, type Loaders } from '../loaders/create-loaders.ts';

export type GraphQLContext = {
  /** The caller's loaders over the CMA. Throws UNAUTHENTICATED when the request has no bearer. */
  readonly loaders: Loaders;
};

function bearerOf(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * The caller's loaders, made on first use. A proxy rather than a getter: Yoga copies the context
 * object, which reads every getter, and introspection (docs, autocomplete) must work without a
 * bearer. Only what reaches the CMA asks for one.
 */
function lazyLoaders(create: () => Loaders): Loaders {
  let loaders: Loaders | undefined;
  return new Proxy({} as Loaders, { get: (_target, property) => Reflect.get((loaders ??= create()), property) });
}

/** `writeLocks` is the app's: every request's writes to one token take turns through it. */
export function createContextFactory(clientFactory: CmaClientFactory, policy: CmaPolicy, writeLocks: KeyedLock) {
  return ({ request }: { request: Request }): GraphQLContext => {
    const apiToken = bearerOf(request);
    return {
      loaders: lazyLoaders(() => {
        if (apiToken === null) {
          throw new GraphQLError('Send your DatoCMS API token as "Authorization: Bearer <token>"', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        return createLoaders(new CmaGateway(clientFactory(apiToken), policy, writeLocks));
      }),
    };
  };
}
