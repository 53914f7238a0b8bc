import type { Plugin } from 'graphql-yoga';

type Probe = { ready: boolean; detail: string };

/** Resolves within `timeoutMs`, whatever `work` does. */
function within<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  return Promise.race([work, new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref())]);
}

/**
 * GET /readiness: 200 while the CMA answers and the store takes queries, 503 while either cannot
 * be reached (it comes back by itself, with no restart). Any HTTP answer counts as the CMA being
 * reachable (the root path has no route); only a failed connection or no answer in time does not.
 * /health stays liveness: it answers whenever this process does.
 */
export function useReadiness(options: { cmaBaseUrl: string; timeoutMs: number; store: { ping: () => Promise<void> }; fetchFn?: typeof fetch }): Plugin {
  const fetchFn = options.fetchFn ?? fetch;
  const probeCma = async (): Promise<Probe> => {
    try {
      const response = await fetchFn(options.cmaBaseUrl, { signal: AbortSignal.timeout(options.timeoutMs) });
      await response.body?.cancel();
      return { ready: true, detail: `reachable (HTTP ${response.status})` };
    } catch (error) {
      return { ready: false, detail: (error as Error).name === 'TimeoutError' ? 'unreachable: no answer in time' : 'unreachable: connection failed' };
    }
  };
  const probeStore = async (): Promise<Probe> => {
    try {
      await within(options.store.ping(), options.timeoutMs);
      return { ready: true, detail: 'reachable' };
    } catch (error) {
      return { ready: false, detail: (error as Error).message === 'timeout' ? 'unreachable: no answer in time' : 'unreachable' };
    }
  };
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/readiness') return;
      const [cma, store] = await Promise.all([probeCma(), probeStore()]);
      const ready = cma.ready && store.ready;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ready ? 'ready' : 'not ready', cma: cma.detail, store: store.detail }), {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
