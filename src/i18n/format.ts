import type { Translate } from './i18n.ts';

/** A duration in minutes as plain words: "45 minutes", "2 h 15 min". */
export function formatDuration(minutes: number, t: Translate): string {
  if (minutes < 60) return t('time.minutes', { count: minutes });
  return t('time.hours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}
