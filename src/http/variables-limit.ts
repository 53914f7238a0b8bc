import { createGraphQLError, type Plugin } from 'graphql-yoga';

export type VariablesLimits = {
  /** Objects and arrays inside one another, the variables object itself included. */
  maxDepth: number;
  /** Every object, array and scalar counted once. */
  maxValues: number;
};

/** Where the variables first break a limit, found without recursion (a deep value must not exhaust the stack here either). */
function measure(variables: unknown, limits: VariablesLimits): 'VARIABLES_TOO_DEEP' | 'VARIABLES_TOO_LARGE' | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value: variables, depth: 1 }];
  let values = 0;
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    values += 1;
    if (values > limits.maxValues) return 'VARIABLES_TOO_LARGE';
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.maxDepth) return 'VARIABLES_TOO_DEEP';
    for (const child of Array.isArray(value) ? value : Object.values(value)) pending.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

/**
 * Bounds the variables (and the request's `extensions`, parsed from the same body) before anything
 * uses them: Yoga's JSON.parse builds any depth without trouble, but the code after it is recursive
 * (JSON.stringify, graphql-js's input coercion), and a few thousand nested arrays were a stack overflow,
 * answered `500 Unexpected error.`. Beyond a limit the answer is a 400 with its code.
 */
export function useVariablesLimit(limits: VariablesLimits): Plugin {
  return {
    onParams({ params }) {
      for (const [what, value] of [['Variables', params.variables], ['The request extensions', params.extensions]] as const) {
        const code = measure(value, limits);
        if (code === undefined) continue;
        const message =
          code === 'VARIABLES_TOO_DEEP'
            ? `${what} are nested deeper than ${limits.maxDepth} levels of objects and lists`
            : `${what} hold more than ${limits.maxValues} values`;
        // Thrown, not set as the result: Yoga runs every onParams hook whatever the result, and the
        // ones after this would meet the variables.
        throw createGraphQLError(message, { extensions: { code, http: { status: 400 } } });
      }
    },
  };
}
