import { kindsForRole, REMINDER_KINDS, REMINDER_RULES, ReminderChannel, ReminderKind } from './reminder-catalogue';

/** One line of a person's preferences: a kind of the catalogue, when it comes, and whether it is muted. */
export interface PreferenceLine {
  kind: ReminderKind;
  title: string;
  when: string;
  channels: readonly ReminderChannel[];
  mandatory: boolean;
  muted: boolean;
}

/**
 * The kinds of the catalogue an account of `role` may receive (kindsForRole), in its order, with whether each is muted
 * by `mutedKinds` (what is stored). A mandatory kind is never shown muted, and an unknown kind (removed from the
 * catalogue) is ignored.
 */
export function preferenceLines(mutedKinds: readonly string[], role: string): PreferenceLine[] {
  const muted = new Set(mutedKinds);
  const mine = kindsForRole(role);
  return REMINDER_RULES.filter((r) => mine.includes(r.kind)).map((r) => ({
    kind: r.kind,
    title: r.title,
    when: r.when,
    channels: r.channels,
    mandatory: r.mandatory,
    muted: !r.mandatory && muted.has(r.kind),
  }));
}

/** The muted kinds to store: each once, in catalogue order (known kinds only; check them with checkMute first). */
export function normaliseMuted(kinds: readonly string[]): ReminderKind[] {
  const wanted = new Set(kinds);
  return REMINDER_KINDS.filter((k) => wanted.has(k));
}
