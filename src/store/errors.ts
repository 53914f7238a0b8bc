import type { CmaAccessToken } from '../cma/types.ts';

/** The store could not be reached or failed a query: a write is refused before anything is sent. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(action: string) {
    super(`The store that records every write could not be reached, so the ${action} was not sent: nothing changed; retry when it is back`);
  }
}

/**
 * The CMA carried the write out, but what this API keeps beside it (owner, purpose, expiry) could
 * not be saved. Not a refusal: the token is as the CMA answered (with its new secret, after a
 * rotation); retrying the whole write would do it twice.
 */
export class MetadataNotSavedError extends Error {
  override name = 'MetadataNotSavedError';
  constructor(readonly accessToken: CmaAccessToken) {
    super(
      `API token ${accessToken.id} was changed on the CMA, but its owner, purpose or expiry could not be saved: the store is unreachable. ` +
        'Do not send the write again: read the token, then set what is missing',
    );
  }
}
