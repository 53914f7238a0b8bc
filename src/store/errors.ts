/** The store could not be reached or failed a query: a write is refused before anything is sent. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(action: string) {
    super(`The store that records every write could not be reached, so the ${action} was not sent: nothing changed; retry when it is back`);
  }
}

/** The CMA carried the write out, but what this API keeps beside it (owner, purpose, expiry) could not be saved. */
export function metadataNotSaved(tokenId: string): StoreUnavailableError {
  const error = new StoreUnavailableError('write');
  error.message = `API token ${tokenId} was changed on the CMA, but its owner, purpose or expiry could not be saved: the store is unreachable. Read the token, then set them again`;
  return error;
}
