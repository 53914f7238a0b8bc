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

const MAX_DIRECTIVES = 20;

type Limit = 'depth' | 'aliases' | 'tokens' | 'cost' | 'directives';

/** Each limit in words, with what the query has where Armor counts it (it stops counting tokens at the limit). */
const LIMIT_MESSAGES: Record<Limit, (max: number, found: number | undefined) => string> = {
  depth: (max, found) => `Query is too deep: ${found === undefined ? '' : `depth ${found}, `}at most ${max}.`,
  aliases: (max, found) => `Query has too many aliases: ${found === undefined ? '' : `${found}, `}at most ${max}.`,
  tokens: (max) => `Query is too long: more than ${max} tokens.`,
  cost: (max, found) => `Query is too costly: ${found === undefined ? '' : `estimated cost ${found}, `}at most ${max}.`,
  directives: (max, found) => `Query has too many directives: ${found === undefined ? '' : `${found}, `}at most ${max}.`,
};

/**
 * A refusal by GraphQL Armor, reworded and given its status. Armor words every limit as a
 * "Syntax Error: …", which sends a client looking for a typo in a query that is merely too big;
 * and it reports them without an HTTP status, so Yoga would answer 200 with no data, which GraphQL
 * over HTTP forbids for application/graphql-response+json. Armor throws the error it hands here.
 */
const refusedAs = (limit: Limit, max: number) => (_context: unknown, error: GraphQLError) => {
  const found = /found (\d+(?:\.\d+)?)\.$/.exec(error.message)?.[1];
  (error as { message: string }).message = LIMIT_MESSAGES[limit](max, found === undefined ? undefined : Math.ceil(Number(found)));
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
      // A fragment is a way of writing a selection, not a level of it: `... on Error { message }`
      // inside a result union must cost what `message` costs.
      maxDepth: { n: config.maxDepth, flattenFragments: true, onReject: [refusedAs('depth', config.maxDepth)] },
      maxAliases: { n: config.maxAliases, onReject: [refusedAs('aliases', config.maxAliases)] },
      maxTokens: { n: config.maxTokens, onReject: [refusedAs('tokens', config.maxTokens)] },
      costLimit: { maxCost: config.maxCost, onReject: [refusedAs('cost', config.maxCost)] },
      maxDirectives: { n: MAX_DIRECTIVES, onReject: [refusedAs('directives', MAX_DIRECTIVES)] },
      blockFieldSuggestion: { enabled: !config.introspection },
    }) as Plugin,
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection() as Plugin);
  return plugins;
}

