import { getOperationAST, type GraphQLError } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { scopeOf } from './request-scope.ts';

type Operation = { name: string; type: string };
type Outcome = { errorCodes: string[]; results: string[]; unexpected: boolean };

const QUIET_PATHS = new Set(['/health', '/readiness', '/metrics']);

/** What a result says: the codes of its errors, and for mutations the member of each result union. */
function outcomeOf(result: { data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] }): Outcome {
  const errors = result.errors ?? [];
  const results = Object.entries(result.data ?? {}).flatMap(([field, value]) =>
    value && typeof value === 'object' && '__typename' in value ? [`${field}: ${String(value.__typename)}`] : [],
  );
  return {
    errorCodes: errors.map((error) => String(error.extensions?.code ?? 'NO_CODE')),
    results,
    unexpected: errors.some((error) => error.extensions?.unexpected === true || error.message === 'Unexpected error.'),
  };
}

/**
 * One JSON log line per request: request id (the client's x-request-id when well formed,
 * otherwise a new one, echoed in the response), operation, status, duration, the CMA calls it made
 * and their total time, and its outcome. Never a header, a variable or a secret. Expected failures
 * (typed errors, codes) are info; a masked unexpected error or a 5xx is error (the masker logs its
 * stack under the same errorId). Health, readiness and metrics scrapes are debug.
 */
export function useRequestLog(logger: YogaLogger): Plugin {
  const operations = new WeakMap<Request, Operation>();
  const outcomes = new WeakMap<Request, Outcome>();
  return {
    onRequest({ request }) {
      scopeOf(request);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const operation = getOperationAST(args.document, args.operationName);
      if (request && operation) operations.set(request, { name: operation.name?.value ?? 'anonymous', type: operation.operation });
    },
    onResultProcess({ request, result }) {
      if (!Array.isArray(result) && 'errors' in result) outcomes.set(request, outcomeOf(result as never));
      else if (!Array.isArray(result) && 'data' in result) outcomes.set(request, outcomeOf(result as never));
    },
    onResponse({ request, response }) {
      const scope = scopeOf(request);
      response.headers.set('x-request-id', scope.requestId);
      const path = new URL(request.url).pathname;
      const outcome = outcomes.get(request);
      const operation = operations.get(request);
      const entry = {
        msg: 'request',
        requestId: scope.requestId,
        method: request.method,
        path,
        status: response.status,
        ...(operation ? { operation: operation.name, operationType: operation.type } : {}),
        durationMs: Math.round((performance.now() - scope.startedAt) * 10) / 10,
        upstreamCalls: scope.upstream.calls,
        upstreamMs: Math.round(scope.upstream.ms * 10) / 10,
        ...(outcome && outcome.results.length > 0 ? { results: outcome.results } : {}),
        ...(outcome && outcome.errorCodes.length > 0 ? { errorCodes: outcome.errorCodes } : {}),
      };
      if (QUIET_PATHS.has(path)) logger.debug(entry);
      else if (response.status >= 500 || outcome?.unexpected) logger.error(entry);
      else logger.info(entry);
    },
  };
}
