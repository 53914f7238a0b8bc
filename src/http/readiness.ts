import type { Plugin } from 'graphql-yoga';

/**
 * GET /readiness: 200 while the CMA answers, 503 while it cannot be reached. Any HTTP answer counts
 * as reachable (the root path has no route); only a failed connection or no answer in time does
 * not. /health stays liveness: it answers whenever this process does.
 */
export function useReadiness(options: { cmaBaseUrl: string; timeoutMs: number; fetchFn?: typeof fetch }): Plugin {
  const fetchFn = options.fetchFn ?? fetch;
  const probe = async (): Promise<{ ready: boolean; cma: string }> => {
    try {
      const response = await fetchFn(options.cmaBaseUrl, { signal: AbortSignal.timeout(options.timeoutMs) });
      await response.body?.cancel();
      return { ready: true, cma: `reachable (HTTP ${response.status})` };
    } catch (error) {
      return { ready: false, cma: (error as Error).name === 'TimeoutError' ? 'unreachable: no answer in time' : 'unreachable: connection failed' };
    }
  };
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/readiness') return;
      const { ready, cma } = await probe();
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ready ? 'ready' : 'not ready', cma }), {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
