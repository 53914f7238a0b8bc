import { setTimeout as delay } from 'node:timers/promises';

/**
 * A bearer's budget of CMA requests shared by every replica (store/rate-budget.ts): the CMA's rate
 * limit is per bearer, so replicas writing with one bearer draw on one budget.
 */
export type SharedRateBudget = {
  /** Records `alreadySent` requests made without a slot, then waits for a slot; resolves with a call for when a request is answered. */
  take(alreadySent: number): Promise<() => void>;
};

/**
 * Keeps one caller's bulk writes within the CMA's rate limit (60 requests per 3 s per token).
 *
 * With a shared budget (a store), each write first takes a slot of the budget every replica draws
 * on for this bearer. A slot counts until one window after an answer of this caller's (answers are
 * matched to slots by count, not by request: at most as many windows end as requests were answered,
 * so the budget never frees more than the CMA has). Reads take no slot and are never slowed down,
 * but the requests this caller made without one (a bulk call's own reads) are recorded in the
 * budget before its next write, so that the writes leave room for them.
 *
 * Second guard, which also sees requests made elsewhere with the same bearer: every CMA answer
 * reports how many requests remain (X-RateLimit-Remaining) and, on a 429, when the window resets
 * (X-RateLimit-Reset). Nothing is sent while none remain; the CMA does not say when the window
 * resets on a success, so the gate waits a second, then a 429's reset if one comes.
 */
export class RateLimitGate {
  #openAt = 0;
  /** CMA requests this caller made in this request, once ended. */
  #ended = 0;
  /** Of those, how many ended a slot's wait for an answer, and how many were recorded in the budget without a slot. */
  #endedSlots = 0;
  #recorded = 0;
  /** Slots taken whose window has not started yet, oldest first. */
  #unanswered: (() => void)[] = [];

  constructor(private readonly shared: SharedRateBudget | null = null) {}

  /** Every CMA request of this caller, once it ended (answered, refused or lost): what its answer says of the limit. */
  ended(rateLimit: { remaining?: number; resetSeconds?: number } = {}): void {
    this.#ended += 1;
    const answered = this.#unanswered.shift();
    if (answered) {
      this.#endedSlots += 1;
      answered();
    }
    this.observe(rateLimit);
  }

  /** What the CMA said of the limit (a 429's reset, the requests remaining). */
  observe(rateLimit: { remaining?: number; resetSeconds?: number }): void {
    if (rateLimit.resetSeconds !== undefined) this.#closeFor(rateLimit.resetSeconds);
    else if (rateLimit.remaining !== undefined && rateLimit.remaining <= 0) this.#closeFor(1);
  }

  #closeFor(seconds: number): void {
    this.#openAt = Math.max(this.#openAt, Date.now() + seconds * 1_000);
  }

  #open(): Promise<void> | undefined {
    return Date.now() < this.#openAt ? (async () => {
      while (Date.now() < this.#openAt) await delay(this.#openAt - Date.now());
    })() : undefined;
  }

  /** Resolves once one write may be sent: the CMA's answers allow it and, with a shared budget, a slot was taken for it. */
  async ready(): Promise<void> {
    await this.#open();
    if (!this.shared) return;
    const unrecorded = this.#ended - this.#endedSlots - this.#recorded;
    this.#recorded += unrecorded;
    this.#unanswered.push(await this.shared.take(unrecorded));
    // A 429 answered while this write waited for its slot closes the gate again.
    await this.#open();
  }
}
