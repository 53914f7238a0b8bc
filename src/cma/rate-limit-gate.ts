import { setTimeout as delay } from 'node:timers/promises';

/**
 * Keeps one caller's writes within the CMA's rate limit (60 requests per 3 s per token): every CMA
 * answer reports how many requests remain (X-RateLimit-Remaining) and, on a 429, when the window
 * resets (X-RateLimit-Reset). Nothing is sent while none remain; the CMA does not say when the
 * window resets on a success, so the gate waits a second, then a 429's reset if one comes.
 */
export class RateLimitGate {
  #openAt = 0;

  observe(rateLimit: { remaining?: number; resetSeconds?: number }): void {
    if (rateLimit.resetSeconds !== undefined) this.#closeFor(rateLimit.resetSeconds);
    else if (rateLimit.remaining !== undefined && rateLimit.remaining <= 0) this.#closeFor(1);
  }

  #closeFor(seconds: number): void {
    this.#openAt = Math.max(this.#openAt, Date.now() + seconds * 1_000);
  }

  /** Resolves once a request may be sent. */
  async ready(): Promise<void> {
    while (Date.now() < this.#openAt) await delay(this.#openAt - Date.now());
  }
}
