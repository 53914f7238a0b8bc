import { CmaUnavailableError } from './errors.ts';

/** What reading a resource back shows, after a write that got no definite answer. */
export type ReadBack<T> =
  | { state: 'applied'; value: T }
  | { state: 'unchanged' }
  /** Neither what the write asked for nor what was there before: another writer got in. */
  | { state: 'changed_otherwise' };

export type WriteDescription = { action: string; resource: string };

/**
 * A write was sent and no definite answer came back: a timeout, a dropped connection, a 5xx, an
 * answer that could not be read. It is never sent again. The resource is read back instead, and
 * the caller learns one of three things:
 * - the write happened (the read-back shows it): its result;
 * - it did not, provably: the CMA ended the request (answered, or closed the connection) and the
 *   read-back shows the state from before: `outcomeUnknown: false`, safe to retry;
 * - anything else: `outcomeUnknown: true`. A timed-out request may still be carried out after
 *   the read-back, so an unchanged read-back proves nothing then.
 */
export async function settleLostWrite<T>(write: WriteDescription, failure: Error, readBack: () => Promise<ReadBack<T>>): Promise<T> {
  const cause =
    failure instanceof CmaUnavailableError ? failure.message : `The CMA's answer to the ${write.action} could not be understood`;
  let seen: ReadBack<T>;
  try {
    seen = await readBack();
  } catch {
    throw new CmaUnavailableError(
      `${cause}, and reading the ${write.resource} back failed too: the ${write.action} may or may not have been applied; read the ${write.resource} before retrying`,
      true,
    );
  }
  if (seen.state === 'applied') return seen.value;
  const timedOut = failure instanceof CmaUnavailableError && failure.timedOut;
  if (seen.state === 'unchanged' && !timedOut) {
    throw new CmaUnavailableError(
      `${cause}; the ${write.resource} read back is unchanged, so the ${write.action} was not applied: it is safe to retry`,
      false,
    );
  }
  if (seen.state === 'unchanged') {
    throw new CmaUnavailableError(
      `The CMA did not answer the ${write.action} in time and may still carry it out: read the ${write.resource} before retrying`,
      true,
      true,
    );
  }
  throw new CmaUnavailableError(
    `${cause}, and the ${write.resource} read back shows another change: the ${write.action} may or may not have been applied; read the ${write.resource} before retrying`,
    true,
  );
}
