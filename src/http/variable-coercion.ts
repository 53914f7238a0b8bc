import type { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

// graphql-js (and the executor Yoga runs) words every variable it cannot coerce this way, and
// gives up after 50 with the second message.
const COERCION_MESSAGE = /^(Variable "\$[^"]+"|Too many errors processing variables)/;

const coercionErrors = new WeakSet<GraphQLError>();

/** Whether `error` is one `useVariableCoercionCode` labelled: its message is graphql-js's, quoting the schema's types. */
export function isVariableCoercionError(error: GraphQLError): boolean {
  return coercionErrors.has(error);
}

/**
 * Variables GraphQL cannot coerce to their declared types (a string for a Boolean!, an object or a
 * list for an ID!, a null or missing required value) stop the request before any resolver, with the
 * executor's 400 but no code. They are the caller's bad input like any other, so they get the code
 * the API gives input errors outside result unions: BAD_USER_INPUT. Only an execution that never
 * started (no `data` at all) is looked at: its errors are the variables' and nothing else's.
 */
export function useVariableCoercionCode(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result) || 'data' in result || !result.errors) return;
          for (const error of result.errors) {
            if (error.extensions.code !== undefined || !COERCION_MESSAGE.test(error.message)) continue;
            (error.extensions as Record<string, unknown>).code = 'BAD_USER_INPUT';
            coercionErrors.add(error);
          }
        },
      };
    },
  };
}
