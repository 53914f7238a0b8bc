import type { YogaLogger } from 'graphql-yoga';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

// Whatever reaches a log line, a bearer never does: the official client's errors carry request
// headers, and a message could quote one.
// Applied to the JSON line: whitespace may stand escaped there ("Bearer\\n<token>").
const BEARER = /(bearer(?:\s|\\[nrt])+)[^\s"',\\]+/gi;
const redact = (text: string) => text.replace(BEARER, '$1[redacted]');

/** An Error as name, message and stack only: never its other properties (an ApiError's request headers). */
function describeError(error: Error) {
  return { name: error.name, message: redact(error.message), ...(error.stack ? { stack: redact(error.stack) } : {}) };
}

function fieldsOf(args: unknown[]): LogFields {
  const fields: LogFields = {};
  const words: string[] = [];
  for (const arg of args) {
    if (arg instanceof Error) fields.error = describeError(arg);
    else if (arg !== null && typeof arg === 'object') Object.assign(fields, arg);
    else words.push(String(arg));
  }
  if (words.length > 0) fields.msg = [fields.msg, ...words].filter(Boolean).join(' ');
  return fields;
}

/**
 * Yoga's logger, writing one JSON object per line: `{"time","level","msg",…}`. Levels below `level`
 * are dropped; `write` receives each line (stdout in production, a list in tests).
 */
export function createJsonLogger(options: { level: LogLevel; write: (line: string) => void }): YogaLogger {
  const threshold = LOG_LEVELS.indexOf(options.level);
  const at = (level: LogLevel) => (...args: unknown[]) => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    // One pass over the finished line: a bearer in any field is caught, whatever its depth.
    options.write(redact(JSON.stringify({ time: new Date().toISOString(), level, ...fieldsOf(args) })));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
