import { GraphQLError } from 'graphql';
import type { CmaClientFactory, UpstreamObserver } from '../cma/client-factory.ts';
import { CmaGateway } from '../cma/gateway.ts';
import { CallerDirectory } from '../loaders/caller-directory.ts';
import { ReconciledLists } from '../loaders/reconciled-lists.ts';
import type { Store } from '../store/connect.ts';
import { RateBudget } from '../store/rate-budget.ts';
import type { WebhookSettings } from '../notify/deliver.ts';
import { RateLimitGate } from '../cma/rate-limit-gate.ts';
import { DEFAULT_CMA_RATE_LIMIT, type CmaPolicy } from '../config.ts';
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

export type StoreSettings = {
  store: Store | null;
  /** Where policy enforcement may send warnings (src/notify). */
  webhooks: WebhookSettings;
  /** A write left PENDING longer than this is settled by the next read (see reconcile-access-tokens.ts). */
  pendingGraceMs: number;
};

/**
 * The store, the caller directory and the rate budget are the app's: every request's writes go
 * through the store's locks, and bulk writes wait for a slot of the budget the store keeps per
 * bearer for every replica. Every CMA call is counted in the request's scope (for its log line),
 * reported to the rate-limit gate and to `onUpstreamCall` (metrics).
 */
export function createContextFactory(
  clientFactory: CmaClientFactory,
  policy: CmaPolicy,
  onUpstreamCall: UpstreamObserver,
  storeSettings: StoreSettings,
) {
  const callers = new CallerDirectory();
  // Half a minute: what another replica wrote, and a list back to a state seen before, is found by then.
  const reconciled = new ReconciledLists(Math.min(storeSettings.pendingGraceMs, 30_000));
  // A slot is held until its write is answered, for at most the CMA's request timeout.
  const budget = storeSettings.store
    ? new RateBudget(storeSettings.store.db, { ...(policy.rateLimit ?? DEFAULT_CMA_RATE_LIMIT), leaseMs: policy.requestTimeoutMs })
    : null;
  return ({ request }: { request: Request }): GraphQLContext => {
    const apiToken = bearerOf(request);
    const callerKey = apiToken === null ? null : CallerDirectory.keyOf(apiToken);
    const scope = scopeOf(request);
    const rateLimit = new RateLimitGate(budget && callerKey !== null ? budget.forCaller(callerKey) : null);
    const observe: UpstreamObserver = (call) => {
      scope.upstream.calls += 1;
      scope.upstream.ms += call.durationMs;
      rateLimit.ended(call.rateLimit);
      onUpstreamCall(call);
    };
    return {
      loaders: lazyLoaders(() => {
        if (apiToken === null || callerKey === null) {
          throw new GraphQLError('Send your DatoCMS API token as "Authorization: Bearer <token>"', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        return createLoaders(new CmaGateway(clientFactory(apiToken, observe), policy, rateLimit), {
          store: storeSettings.store,
          callers,
          callerKey,
          requestId: scope.requestId,
          pendingGraceMs: storeSettings.pendingGraceMs,
          reconciled,
          webhooks: storeSettings.webhooks,
        });
      }),
    };
  };
}
