import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { Counter, Histogram, Registry } from 'prom-client';
import type { Plugin } from 'graphql-yoga';
import type { UpstreamCall } from '../cma/client-factory.ts';

export type Metrics = { registry: Registry; plugin: Plugin; recordUpstream: (call: UpstreamCall) => void };

/**
 * Prometheus metrics at /metrics, one registry per app: The Guild's Yoga plugin for requests, errors
 * and their duration (the URL label off: query strings would explode the series), and the calls to
 * the CMA by route, method and status with their durations.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const calls = new Counter({
    name: 'cma_requests_total',
    help: 'Calls to the DatoCMS CMA by route, method and status (error: no answer; timeout: none in time)',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'cma_request_duration_seconds',
    help: 'Time until the CMA answered (or the call failed), by route and method',
    labelNames: ['route', 'method'],
    buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    // What an operator reads: requests, errors, and their HTTP duration by operation and status.
    // The plugin's other defaults (a quantile summary, per-phase histograms, a walk of every document
    // for deprecated fields) cost about a quarter of the throughput for little an operator reads.
    plugin: usePrometheus({
      registry,
      endpoint: '/metrics',
      labels: { url: false },
      metrics: {
        graphql_envelop_request: true,
        graphql_envelop_error_result: true,
        graphql_yoga_http_duration: true,
        graphql_envelop_request_duration: false,
        graphql_envelop_request_time_summary: false,
        graphql_envelop_phase_parse: false,
        graphql_envelop_phase_validate: false,
        graphql_envelop_phase_context: false,
        graphql_envelop_phase_execute: false,
        graphql_envelop_phase_subscribe: false,
        graphql_envelop_deprecated_field: false,
        graphql_envelop_schema_change: false,
      },
    }),
    recordUpstream: (call) => {
      calls.inc({ route: call.route, method: call.method, status: String(call.status) });
      duration.observe({ route: call.route, method: call.method }, call.durationMs / 1_000);
    },
  };
}
