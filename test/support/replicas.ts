import type { CmaPolicy } from '../../src/config.ts';
import type { LocalCmaOptions } from '../../src/local-cma/server.ts';
import type { Store } from '../../src/store/connect.ts';
import { startTestStack, type TestStack } from './graphql-server.ts';
import type { TestCma } from './local-cma.ts';

export type Replicas = {
  /** The one local CMA every replica talks to. */
  cma: TestCma;
  /** One app per store, each on its own loopback port, in the order the stores were given. */
  replicas: TestStack[];
  /** Stops every app and the CMA; the stores stay open (their opener closes them). */
  stop: () => Promise<void>;
};

/**
 * Several apps over one local CMA, as a team runs replicas behind a load balancer: each replica has
 * its own store connection (the same PostgreSQL database, or a PGlite of its own) and its own port.
 */
export async function startReplicas(
  stores: Store[],
  options: { cma?: Partial<LocalCmaOptions>; policy?: Partial<CmaPolicy> } = {},
): Promise<Replicas> {
  const [firstStore, ...otherStores] = stores;
  if (!firstStore) throw new Error('startReplicas needs at least one store');
  const first = await startTestStack({ store: firstStore, ...options });
  const others = await Promise.all(
    otherStores.map((store) => startTestStack({ store, sharedCma: first.cma, ...(options.policy ? { policy: options.policy } : {}) })),
  );
  const replicas = [first, ...others];
  return {
    cma: first.cma,
    replicas,
    stop: async () => {
      await Promise.all(others.map((replica) => replica.stop()));
      await first.stop();
    },
  };
}
