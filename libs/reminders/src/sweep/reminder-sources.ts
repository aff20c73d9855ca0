import type { ReminderSource } from '@app/platform/reminders/reminder-source';

/** The injection token of the list of every area's reminder source. */
export const REMINDER_SOURCES = Symbol('REMINDER_SOURCES');

/** The source producing `kind`. Throws when none does (a catalogue kind without a source is a bug). */
export function sourceOf(sources: readonly ReminderSource[], kind: string): ReminderSource {
  const source = sources.find((s) => s.kinds.includes(kind));
  if (!source) throw new Error(`No reminder source for kind ${kind}`);
  return source;
}
