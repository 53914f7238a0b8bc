import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isVariableCoercionError } from './variable-coercion.ts';

// graphql-js and Yoga describe the schema in their errors: "Did you mean …", the type a field is on,
// the required fields of an input, the values of an enum. With introspection off that would leak
// what introspection hides. In production their messages keep only clauses that quote nothing but
// what the caller sent itself; this API's own errors (with their codes) are left as they are.
const SCHEMA_ERROR_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', undefined]);
const SUGGESTION = /\s*(Did you mean[^?]*\?|\[Suggestion hidden\])/g;
const GENERIC = 'The operation does not match the schema (details are not shown in production).';

/** The message with suggestions removed and every clause that quotes something not in `sent` dropped. */
export function redactSchemaHints(message: string, sent: string): string {
  const clauses = message.replace(SUGGESTION, '').split(/(?<=[.;])\s+/);
  const kept: string[] = [];
  for (const clause of clauses) {
    const quoted = [...clause.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
    if (!quoted.every((text) => sent.includes(text))) break;
    if (clause.trim() !== '') kept.push(clause.trim());
  }
  if (kept.length === 0) return GENERIC;
  return kept.join(' ').replace(/[;,]$/, '.');
}

type Errors = readonly GraphQLError[];
type Stringify = (result: { errors?: Errors }) => string;

/** Serialises a result with `extensions.originalError` left out of every error. */
function withoutOriginalErrors(stringify: Stringify): Stringify {
  return (result) =>
    stringify({
      ...result,
      errors: result.errors?.map((error) => {
        const json = error.toJSON();
        const { originalError: _hidden, ...extensions } = json.extensions ?? {};
        return { ...json, extensions: Object.keys(extensions).length > 0 ? extensions : undefined } as unknown as GraphQLError;
      }),
    });
}

/**
 * Original errors are never serialised, in any mode (Yoga puts a parse failure's, with part of the
 * body, in `extensions.originalError`). They are dropped when the result is written, not before:
 * Yoga's choice of HTTP status looks at them. In production, schema errors lose their hints
 * (above) and the duplicates that redaction leaves.
 */
export function useErrorDisclosurePolicy(options: { production: boolean }): Plugin {
  const sentBy = new WeakMap<Request, string>();
  return {
    onParams({ params, request }) {
      sentBy.set(request, JSON.stringify([params.query ?? '', params.variables ?? {}, params.operationName ?? '']));
    },
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors) return;
      const sent = sentBy.get(request) ?? '';
      const seen = new Set<string>();
      const errors = (result.errors as Errors).filter((error) => {
        // A variable graphql-js could not coerce is BAD_USER_INPUT, but its message is graphql-js's:
        // it quotes the schema's types and required fields like a validation error.
        if (options.production && (SCHEMA_ERROR_CODES.has(error.extensions.code as string | undefined) || isVariableCoercionError(error))) {
          (error as { message: string }).message = redactSchemaHints(error.message, sent);
        }
        // The path too: the same field of every item of a list fails alike (the store is down), and
        // each null field keeps its own error; only duplicates of one error at one place go.
        const key = `${error.message}@${JSON.stringify(error.locations ?? [])}@${JSON.stringify(error.path ?? [])}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const stringify = ((result as { stringify?: Stringify }).stringify ?? JSON.stringify) as Stringify;
      setResult({ ...result, errors, stringify: withoutOriginalErrors(stringify) } as typeof result);
    },
  };
}
