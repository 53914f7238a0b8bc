import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { CmaAccessToken } from '../cma/types.ts';
import type { Store } from '../store/connect.ts';
import type { AccessTokenRecord } from '../store/database.ts';
import { loadSnapshot, reconcileAccessTokens, type StoreSnapshot } from '../store/reconcile-access-tokens.ts';
import { loadRecords } from '../store/token-records.ts';
import { listStateHash, type ReconciledLists } from './reconciled-lists.ts';

export type RecordsOptions = {
  store: Store | null;
  /** The app's memory of what each project's list looked like when last reconciled. */
  reconciled: ReconciledLists;
  /** The caller's project, learnt from the CMA (GET /site, remembered per bearer). */
  projectId: () => Promise<string>;
  pendingGraceMs: number;
};

/** What a client meets where the store is needed and not reachable: the field is null, the CMA's data still answers. */
export function storeUnavailable(): GraphQLError {
  return new GraphQLError('The store is unreachable: what this API keeps beside the CMA (owner, expiry, history) cannot be shown right now', {
    extensions: { code: 'STORE_UNAVAILABLE' },
  });
}

type Records = Map<string, AccessTokenRecord>;

/**
 * The store's records of the tokens a request read, reconciled with what the CMA showed in that
 * same request (see reconcile-access-tokens.ts). The store is read while the CMA is asked, never
 * after it. A whole list is reconciled at once; single tokens are batched. A store that fails costs
 * these records (an error on the fields that need them), never the CMA's answer.
 */
export function createTokenRecordsLoader(options: RecordsOptions) {
  const { store } = options;
  const snapshot = (tokenIds?: readonly string[]): Promise<StoreSnapshot> =>
    store ? options.projectId().then((projectId) => loadSnapshot(store.db, projectId, tokenIds)) : Promise.reject(storeUnavailable());
  const reconcile = async (tokens: readonly CmaAccessToken[], loaded: Promise<StoreSnapshot>): Promise<Records> => {
    try {
      return await reconcileAccessTokens(store!.db, await options.projectId(), tokens, await loaded, { now: new Date(), pendingGraceMs: options.pendingGraceMs });
    } catch {
      throw storeUnavailable();
    }
  };

  // The records of the whole list: reconciled, or (list unchanged) read only when a field asks.
  let listed: (() => Promise<Records>) | undefined;
  const single = new Map<string, CmaAccessToken>();
  const byId = new DataLoader<string, AccessTokenRecord | null>(async (ids) => {
    const records = await (listed ? listed() : reconcile(ids.map((id) => single.get(id)!), snapshot(ids)));
    return ids.map((id) => records.get(id) ?? null);
  });
  const memo = <T>(load: () => Promise<T>): (() => Promise<T>) => {
    let pending: Promise<T> | undefined;
    return () => (pending ??= load());
  };

  return {
    /**
     * Around a read of the whole token list. With `prefetch` (a field below needs the records) the
     * store is read now, beside the CMA call. Once the list is in: if this process reconciled the
     * very same list lately, there is nothing to record and the store is read only if a field asks;
     * otherwise the list is reconciled before the fields resolve. Resolves when the store is up to
     * date (or failed: the records' fields say so).
     */
    beginList(prefetch: boolean): (tokens: readonly CmaAccessToken[]) => Promise<void> {
      const loaded = prefetch ? snapshot() : undefined;
      loaded?.catch(() => undefined);
      return async (tokens) => {
        byId.clearAll();
        const hash = listStateHash(tokens);
        const projectId = store ? await options.projectId().catch(() => null) : null;
        if (projectId !== null && options.reconciled.isCurrent(projectId, hash)) {
          const records = loaded ?? null;
          listed = memo(async () => {
            try {
              return new Map((records ? (await records).records : await loadRecords(store!.db, projectId)).map((record) => [record.token_id, record]));
            } catch {
              throw storeUnavailable();
            }
          });
          return;
        }
        const reconciled = reconcile(tokens, loaded ?? snapshot());
        listed = () => reconciled;
        await reconciled.then((records) => {
          if (projectId !== null) options.reconciled.remember(projectId, hash);
          return records;
        }, () => undefined);
      };
    },
    /** The record of a token the request read (null before the store has ever seen it). */
    of(token: CmaAccessToken): Promise<AccessTokenRecord | null> {
      single.set(token.id, token);
      return byId.load(token.id);
    },
    /** After a write: the next read sees the store as the write left it. */
    changed(): void {
      byId.clearAll();
      listed = undefined;
    },
  };
}
