import { createHash } from 'node:crypto';
import type { Actor } from '../store/events.ts';

type Entry = { projectId: string; actor?: Actor | null; expiresAt: number };

/**
 * Which project (and which token) a bearer is, learnt from the CMA and remembered for a few minutes
 * so that a read costs no extra call. Keyed by a hash of the bearer, never the bearer itself; the
 * CMA still checks the bearer itself on every call.
 */
export class CallerDirectory {
  #entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly maxEntries = 10_000,
    private readonly now = () => Date.now(),
  ) {}

  static keyOf(bearer: string): string {
    return createHash('sha256').update(bearer).digest('base64url');
  }

  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > this.now()) return entry;
    this.#entries.delete(key);
    return undefined;
  }

  rememberProject(key: string, projectId: string): void {
    if (this.#entries.size >= this.maxEntries) this.#evictExpired();
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { projectId, expiresAt: this.now() + this.ttlMs });
  }

  rememberActor(key: string, actor: Actor | null): void {
    const entry = this.get(key);
    if (entry) entry.actor = actor;
  }

  #evictExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
  }
}
