import type { FinalPermissions } from './final-permissions.ts';
import type { FileStore } from './store.ts';
import type { StoredAccessToken } from './types.ts';

/** What a route handler gets: the authenticated caller, the parsed request and the store. */
export type RouteContext = {
  store: FileStore;
  caller: StoredAccessToken;
  callerPermissions: FinalPermissions | null;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  now: Date;
};

export type RouteResult = { status: number; body: unknown };

export type RouteHandler = (context: RouteContext) => RouteResult | Promise<RouteResult>;

export type Route = { method: string; pattern: RegExp; handler: RouteHandler };
