import { describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../src/http/json-logger.ts';

describe('createJsonLogger', () => {
  const capture = (level: 'debug' | 'info' = 'info') => {
    const lines: string[] = [];
    return { lines, logger: createJsonLogger({ level, write: (line) => lines.push(line) }) };
  };

  it('writes one JSON object per line, dropping levels below its own', () => {
    const { lines, logger } = capture('info');
    logger.debug({ msg: 'hidden' });
    logger.info({ msg: 'request', status: 200 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ time: expect.any(String), level: 'info', msg: 'request', status: 200 });
  });

  it('redacts a bearer wherever it stands, escaped whitespace included, and keeps only name, message and stack of an error', () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error('upstream said: Bearer\nsecret-one'), { request: { headers: { authorization: 'Bearer secret-two' } } });
    logger.error({ msg: 'unexpected error', note: 'sent Authorization: Bearer\tsecret-three' }, error);
    const line = lines[0]!;
    for (const secret of ['secret-one', 'secret-two', 'secret-three']) expect(line).not.toContain(secret);
    expect(Object.keys(JSON.parse(line).error)).toEqual(['name', 'message', 'stack']);
  });
});
