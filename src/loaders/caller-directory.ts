import { hash } from 'node:crypto';
import type { Actor } from '../store/events.ts';

type Entry = { projectId: string; actor?: Actor | null; expiresAt: number };

/**
 * Which project (and which token) a bearer is, learnt from the CMA and remembered for a few minutes
 * so that a read costs no extra call. Keyed by a hash of the bearer, never the bearer itself; the
 * CMA still checks the bearer itself on every call.
 */
export class CallerDirectory {
  #entries = new Map<string, Entry>();
  /** Lookups under way: concurrent first requests of one bearer share one GET /site. */
  #pending = new Map<string, Promise<string>>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly maxEntries = 10_000,
    private readonly now = () => Date.now(),
  ) {}

  static keyOf(bearer: string): string {
    return hash('sha256', bearer, 'base64url');
  }

  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > this.now()) return entry;
    this.#entries.delete(key);
    return undefined;
  }

  /** The bearer's project: remembered, being looked up by another request, or looked up now. */
  projectOf(key: string, lookUp: () => Promise<string>): Promise<string> {
    const known = this.get(key);
    if (known) return Promise.resolve(known.projectId);
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = lookUp()
        .then((projectId) => {
          this.rememberProject(key, projectId);
          return projectId;
        })
        .finally(() => this.#pending.delete(key));
      this.#pending.set(key, pending);
    }
    return pending;
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
