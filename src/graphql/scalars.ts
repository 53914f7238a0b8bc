import { GraphQLError } from 'graphql';
import { builder } from './builder.ts';

// An ISO 8601 instant with its offset, read and written as a JS Date; output always in UTC ("…Z").
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): Date {
  const date = typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('A DateTime is an ISO 8601 instant with its offset, e.g. "2027-01-31T09:00:00Z"', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

export const DateTimeScalar = builder.scalarType('DateTime', {
  description: 'An instant as ISO 8601 text with its offset, e.g. "2027-01-31T09:00:00Z". Answers are always in UTC.',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: parseInstant,
});
