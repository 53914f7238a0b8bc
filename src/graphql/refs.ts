import type { CmaAccessToken, CmaRole } from '../cma/types.ts';
import { builder } from './builder.ts';

// Declared apart from their implementations so that tokens and roles can refer to each other.
export const AccessTokenRef = builder.objectRef<CmaAccessToken>('AccessToken');
export const RoleRef = builder.objectRef<CmaRole>('Role');
