import type { FinalPermissions } from './final-permissions.ts';
import type { FileStore } from './store.ts';

/** What a route handler gets: the authenticated caller's permissions, the parsed request and the store. */
export type RouteContext = {
  store: FileStore;
  /** The id of the API token the request is authenticated with; null for the project owner's credential. */
  callerTokenId: string | null;
  callerPermissions: FinalPermissions | null;
  params: Record<string, string>;
  body: unknown;
  now: Date;
};

export type RouteResult = { status: number; body: unknown };

export type RouteHandler = (context: RouteContext) => RouteResult | Promise<RouteResult>;

export type Route = { method: string; pattern: RegExp; handler: RouteHandler };
