import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from '../config.ts';
import { useBodySizeLimit } from './body-limit.ts';
import { useCsrfPrevention } from './csrf.ts';
import { useUnsupportedMediaTypeAnswer } from './unsupported-media-type.ts';
import { useVariablesLimit } from './variables-limit.ts';

export type SecurityConfig = QueryLimits & { introspection: boolean };

/**
 * Armor reports its refusals as validation errors without an HTTP status, so Yoga would answer
 * 200 with no data, which GraphQL over HTTP forbids for application/graphql-response+json.
 */
const asBadRequest = (_context: unknown, error: GraphQLError) => {
  Object.assign(error.extensions, { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } });
};

/**
 * Bounded work per request and the usual GraphQL-over-HTTP defences: the body's size and the
 * variables' depth and size (ours), then from maintained plugins GraphQL Armor limits (checked at
 * validation, before any resolver reaches the CMA), CSRF prevention, optional introspection (field
 * suggestions are blocked with it so they cannot leak the schema).
 */
export function createSecurityPlugins(config: SecurityConfig): Plugin[] {
  const plugins: Plugin[] = [
    useBodySizeLimit(config.maxBodyBytes),
    // Before the error disclosure policy, whose onParams serialises the variables.
    useVariablesLimit({ maxDepth: config.maxVariablesDepth, maxValues: config.maxVariablesValues }),
    // Browsers cannot send its header cross-site without a CORS preflight.
    useCsrfPrevention(),
    // After it: a body a page on another site could send is refused as such first.
    useUnsupportedMediaTypeAnswer(),
    EnvelopArmorPlugin({
      maxDepth: { n: config.maxDepth, onReject: [asBadRequest] },
      maxAliases: { n: config.maxAliases, onReject: [asBadRequest] },
      maxTokens: { n: config.maxTokens, onReject: [asBadRequest] },
      costLimit: { maxCost: config.maxCost, onReject: [asBadRequest] },
      maxDirectives: { n: 20, onReject: [asBadRequest] },
      blockFieldSuggestion: { enabled: !config.introspection },
    }) as Plugin,
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection() as Plugin);
  return plugins;
}

