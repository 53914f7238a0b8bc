import { GraphQLError } from 'graphql';

/**
 * Opaque cursors over a list ordered by a sequence number (events, deliveries): the list's name
 * and the number, base64url. A cursor of another list, or a forged one, is a BAD_USER_INPUT.
 */
export function sequenceCursor(list: string) {
  const pattern = new RegExp(`^${list}:(\\d{1,10})$`);
  return {
    encode: (seq: number) => Buffer.from(`${list}:${seq}`).toString('base64url'),
    /** The sequence number a page continues before; undefined for the first page. */
    decode(cursor: string | null | undefined): number | undefined {
      if (cursor == null) return undefined;
      const match = pattern.exec(Buffer.from(cursor, 'base64url').toString());
      if (!match) throw new GraphQLError('`after` is not a cursor of this list', { extensions: { code: 'BAD_USER_INPUT' } });
      return Number(match[1]);
    },
  };
}
