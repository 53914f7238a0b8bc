import { getOperationAST, type DocumentNode, type GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Histogram, Registry } from 'prom-client';
import type { UpstreamCall } from '../cma/client-factory.ts';
import { scopeOf } from './request-scope.ts';

export type Metrics = { registry: Registry; plugin: Plugin; recordUpstream: (call: UpstreamCall) => void };

type Operation = { operationName: string; operationType: string };

/** The executed operation's labels, as The Guild's Prometheus plugins name them. */
function operationOf(document: DocumentNode, operationName: string | null | undefined): Operation {
  const operation = getOperationAST(document, operationName);
  return { operationName: operation?.name?.value ?? 'Anonymous', operationType: operation?.operation ?? 'unknown' };
}

/**
 * Prometheus metrics at /metrics, one registry per app: what an operator reads of the GraphQL
 * requests (how many ran, their errors by phase and path, their HTTP duration by operation and
 * status) and the calls to the CMA by route, method and status with their durations.
 *
 * The request metrics keep the names, labels and help of The Guild's Yoga plugin
 * (@graphql-yoga/plugin-prometheus with only these three on), so dashboards built on it read them
 * unchanged. That plugin, even so reduced, ran a dozen hooks per request and looked up the
 * operation three times: it cost the server about a tenth of its CPU per request in the bench
 * (scripts/bench.ts); these hooks share one lookup and allocate nothing per request but the labels.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const calls = new Counter({
    name: 'cma_requests_total',
    help: 'Calls to the DatoCMS CMA by route, method and status (error: no answer; timeout: none in time)',
    labelNames: ['route', 'method', 'status'],
    registers,
  });
  const duration = new Histogram({
    name: 'cma_request_duration_seconds',
    help: 'Time until the CMA answered (or the call failed), by route and method',
    labelNames: ['route', 'method'],
    buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const requests = new Counter({
    name: 'graphql_envelop_request',
    help: 'Counts the amount of GraphQL requests executed through Envelop',
    labelNames: ['operationName', 'operationType'],
    registers,
  });
  const errors = new Counter({
    name: 'graphql_envelop_error_result',
    help: 'Counts the amount of errors reported from all phases',
    labelNames: ['operationName', 'operationType', 'phase', 'path'],
    registers,
  });
  const httpDuration = new Histogram({
    name: 'graphql_yoga_http_duration',
    help: 'Time spent on HTTP connection',
    // The URL is left out: query strings would explode the series.
    labelNames: ['method', 'statusCode', 'operationType', 'operationName'],
    registers,
  });

  // The request's operation, known once its document is parsed: HTTP duration is recorded for
  // every request that got that far (refused by validation or by a missing bearer included).
  const operations = new WeakMap<Request, Operation>();
  // The hooks below are shared by every request: no closure is made per request.
  const afterParse = ({ context, result }: { context: { request?: Request; params?: { operationName?: string | null } }; result: unknown }) => {
    if (result instanceof Error) errors.inc({ phase: 'parse' });
    else if (result && context.request) operations.set(context.request, operationOf(result as DocumentNode, context.params?.operationName));
  };
  const afterValidate = ({ valid, context }: { valid: boolean; context: { request?: Request } }) => {
    if (valid) return;
    const operation = context.request && operations.get(context.request);
    errors.inc({ ...operation, phase: 'validate' });
  };
  const executeHooks = {
    onExecuteDone({ args, result }: { args: { document: DocumentNode; operationName?: string | null; contextValue: unknown }; result: unknown }) {
      if (isAsyncIterable(result)) return;
      const request = (args.contextValue as { request?: Request }).request;
      const operation = (request && operations.get(request)) ?? operationOf(args.document, args.operationName);
      requests.inc(operation);
      for (const error of (result as { errors?: readonly GraphQLError[] }).errors ?? []) {
        errors.inc({ ...operation, phase: 'execute', ...(error.path ? { path: error.path.join('.') } : {}) });
      }
    },
  };

  return {
    registry,
    plugin: {
      onRequest({ url, endResponse, fetchAPI }) {
        if (url.pathname !== '/metrics') return undefined;
        return registry.metrics().then((text) => endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } })));
      },
      onParse: () => afterParse,
      onValidate: () => afterValidate,
      onExecute: () => executeHooks,
      onResponse({ request, response }) {
        const operation = operations.get(request);
        if (!operation) return;
        const seconds = (performance.now() - scopeOf(request).startedAt) / 1_000;
        httpDuration.observe({ method: request.method, statusCode: response.status, operationType: operation.operationType, operationName: operation.operationName }, seconds);
      },
    },
    recordUpstream: (call) => {
      calls.inc({ route: call.route, method: call.method, status: String(call.status) });
      duration.observe({ route: call.route, method: call.method }, call.durationMs / 1_000);
    },
  };
}
