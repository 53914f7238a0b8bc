import { builder } from './builder.ts';
import './errors.ts';
import './enums.ts';
import './role-permissions.ts';
import './role.ts';
import './scalars.ts';
import './access-token.ts';
import './access-token-metadata.ts';
import './history.ts';
import './capabilities.ts';
import './access-token-mutations.ts';
import './audit.ts';
import './rollover.ts';
import './bulk.ts';
import './role-mutations.ts';
import './suggestions.ts';

export const schema = builder.toSchema({ sortSchema: true });
