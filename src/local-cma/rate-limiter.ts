export type RateLimitConfig = {
  /** Requests a token may make per window. */
  limit: number;
  windowMs: number;
};

export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window resets, as the CMA's X-RateLimit-Reset says. */
  resetSeconds: number;
};

/** A fixed-window counter per API token, like the CMA's per-token rate limit. */
export class RateLimiter {
  readonly #config: RateLimitConfig;
  readonly #windows = new Map<string, { startedAt: number; used: number }>();

  constructor(config: RateLimitConfig) {
    this.#config = config;
  }

  take(key: string, now = Date.now()): RateLimitDecision {
    const { limit, windowMs } = this.#config;
    let window = this.#windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      window = { startedAt: now, used: 0 };
      this.#windows.set(key, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000));
    if (window.used >= limit) return { allowed: false, limit, remaining: 0, resetSeconds };
    window.used += 1;
    return { allowed: true, limit, remaining: limit - window.used, resetSeconds };
  }
}
