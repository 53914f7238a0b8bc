import type { LastAccess } from '../cma/vocabulary.ts';

const DAY_MS = 86_400_000;

export function toUtcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function startOfUtcDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

// Monday-based weeks, as the CMA documents ("This week (Monday-Sunday)").
function startOfUtcWeek(dayStart: number): number {
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7;
  return dayStart - weekday * DAY_MS;
}

function startOfUtcMonth(dayStart: number, monthsBack: number): number {
  const date = new Date(dayStart);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 1);
}

/** The CMA's last-access bucket for a token last used on `lastUsedOn`, as seen on `now`. */
export function lastAccessBucket(lastUsedOn: string | null, now: Date): LastAccess {
  if (lastUsedOn === null) return 'never';
  const used = startOfUtcDay(lastUsedOn);
  const today = startOfUtcDay(toUtcDay(now));
  if (used >= today) return 'today';
  if (used >= today - DAY_MS) return 'yesterday';
  const thisWeek = startOfUtcWeek(today);
  if (used >= thisWeek) return 'this_week';
  if (used >= thisWeek - 7 * DAY_MS) return 'last_week';
  if (used >= startOfUtcMonth(today, 0)) return 'this_month';
  if (used >= startOfUtcMonth(today, 1)) return 'last_month';
  return 'never';
}

export function daysBefore(now: Date, days: number): string {
  return toUtcDay(new Date(now.getTime() - days * DAY_MS));
}
