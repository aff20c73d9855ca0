import type { ReminderSource } from '@app/platform/reminders/reminder-source';
import { REMINDER_KINDS } from '../rules/reminder-catalogue';

/** The injection token of the list of every area's reminder source. */
export const REMINDER_SOURCES = Symbol('REMINDER_SOURCES');

/** The source producing `kind`. Throws when none does (a catalogue kind without a source is a bug). */
export function sourceOf(sources: readonly ReminderSource[], kind: string): ReminderSource {
  const source = sources.find((s) => s.kinds.includes(kind));
  if (!source) throw new Error(`No reminder source for kind ${kind}`);
  return source;
}

/**
 * `sources` when every catalogue kind has exactly one source and no source names a kind outside the catalogue; throws
 * an Error naming the kinds otherwise (the application then refuses to start, like a job without a handler).
 */
export function checkedSources<S extends Pick<ReminderSource, 'kinds'>>(sources: S[], kinds: readonly string[] = REMINDER_KINDS): S[] {
  const count = (kind: string) => sources.filter((s) => s.kinds.includes(kind)).length;
  const missing = kinds.filter((k) => count(k) === 0);
  const repeated = kinds.filter((k) => count(k) > 1);
  const unknown = [...new Set(sources.flatMap((s) => s.kinds))].filter((k) => !kinds.includes(k));
  const problems = [
    missing.length ? `no source for ${missing.join(', ')}` : '',
    repeated.length ? `several sources for ${repeated.join(', ')}` : '',
    unknown.length ? `kinds outside the catalogue: ${unknown.join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length) throw new Error(`Reminder sources: ${problems.join('; ')}`);
  return sources;
}
