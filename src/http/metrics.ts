import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { Counter, Histogram, Registry } from 'prom-client';
import type { Plugin } from 'graphql-yoga';
import type { UpstreamCall } from '../cma/client-factory.ts';

export type Metrics = { registry: Registry; plugin: Plugin; recordUpstream: (call: UpstreamCall) => void };

/**
 * Prometheus metrics at /metrics, one registry per app: The Guild's Yoga plugin for requests and
 * GraphQL phases (the URL label off: query strings would explode the series), and the calls to
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
    plugin: usePrometheus({ registry, endpoint: '/metrics', labels: { url: false } }),
    recordUpstream: (call) => {
      calls.inc({ route: call.route, method: call.method, status: String(call.status) });
      duration.observe({ route: call.route, method: call.method }, call.durationMs / 1_000);
    },
  };
}
