import { GraphQLError } from 'graphql';
import type { CmaClientFactory, UpstreamObserver } from '../cma/client-factory.ts';
import { CmaGateway } from '../cma/gateway.ts';
import type { KeyedLock } from '../cma/keyed-lock.ts';
import { RateLimitGate } from '../cma/rate-limit-gate.ts';
import type { CmaPolicy } from '../config.ts';
import { scopeOf } from '../http/request-scope.ts';
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

/**
 * `writeLocks` is the app's: every request's writes to one token take turns through it. Every CMA
 * call is counted in the request's scope (for its log line) and reported to `onUpstreamCall` (metrics).
 */
export function createContextFactory(clientFactory: CmaClientFactory, policy: CmaPolicy, writeLocks: KeyedLock, onUpstreamCall: UpstreamObserver) {
  return ({ request }: { request: Request }): GraphQLContext => {
    const apiToken = bearerOf(request);
    const scope = scopeOf(request);
    const rateLimit = new RateLimitGate();
    const observe: UpstreamObserver = (call) => {
      scope.upstream.calls += 1;
      scope.upstream.ms += call.durationMs;
      if (call.rateLimit) rateLimit.observe(call.rateLimit);
      onUpstreamCall(call);
    };
    return {
      loaders: lazyLoaders(() => {
        if (apiToken === null) {
          throw new GraphQLError('Send your DatoCMS API token as "Authorization: Bearer <token>"', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        return createLoaders(new CmaGateway(clientFactory(apiToken, observe), policy, writeLocks, rateLimit));
      }),
    };
  };
}
