import type { ApiTypes } from '@datocms/cma-client-node';

// The CMA's resources as the official client types them; every layer above the gateway uses these names.
export type CmaAccessToken = ApiTypes.AccessToken;
export type CmaRole = ApiTypes.Role;
