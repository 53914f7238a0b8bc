/** The store could not be reached or failed a query: a write is refused before anything is sent. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(action: string) {
    super(`The store that records every write could not be reached, so the ${action} was not sent: nothing changed; retry when it is back`);
  }
}
