import { CMA_ERROR_CODES } from '../../cma/vocabulary.ts';
import type { Route } from '../context.ts';
import { CmaHttpError, RECORD_NOT_FOUND, serializeEnvironment, serializeSite } from '../json-api.ts';

// The project and its environments, read-only: the local CMA has one environment, the primary `main`.
// Any token that may use the CMA reads them (what role flags, if any, DatoCMS requires is not
// documented for these reads: assumed none).

const listEnvironments: Route['handler'] = (context) => ({
  status: 200,
  body: { data: [serializeEnvironment(context.store.data.site)] },
});

const findEnvironment: Route['handler'] = (context) => {
  if (context.params.id !== 'main') throw new CmaHttpError(404, CMA_ERROR_CODES.notFound, RECORD_NOT_FOUND);
  return { status: 200, body: { data: serializeEnvironment(context.store.data.site) } };
};

const findSite: Route['handler'] = (context) => ({ status: 200, body: { data: serializeSite(context.store.data.site) } });

export const projectRoutes: Route[] = [
  { method: 'GET', pattern: /^\/environments$/, handler: listEnvironments },
  { method: 'GET', pattern: /^\/environments\/(?<id>[^/]+)$/, handler: findEnvironment },
  { method: 'GET', pattern: /^\/site$/, handler: findSite },
];
