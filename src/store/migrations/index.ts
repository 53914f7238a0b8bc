import type { Migration, MigrationProvider } from 'kysely';
import * as tokenRecordsAndEvents from './0001-token-records-and-events.ts';
import * as rateBudget from './0002-rate-budget.ts';
import * as policiesReviewsDeliveries from './0003-policies-reviews-deliveries.ts';

/**
 * The migrations, in order, compiled into the build (no directory read at run time, so the
 * production build and `tsx` see the same list). Names sort in the order they apply.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-token-records-and-events': tokenRecordsAndEvents,
  '0002-rate-budget': rateBudget,
  '0003-policies-reviews-deliveries': policiesReviewsDeliveries,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => MIGRATIONS };
