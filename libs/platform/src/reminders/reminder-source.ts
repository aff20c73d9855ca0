/**
 * What an area tells the reminder engine (libs/reminders): the reminders due on a day, computed from its own data in
 * set-based statements inside the school's tenant transaction. The engine decides the channels, the local time, the
 * quiet hours and the preferences from its catalogue, and sends each reminder once per recipient and channel.
 */

/** Who receives a reminder: an account (in-app and e-mail) or only an address (a candidate, a tutor without account). */
export interface ReminderRecipient {
  accountId: string | null;
  email: string;
  name: string;
}

/** One reminder due today, with its French message. */
export interface DueReminder {
  /** A kind of the reminder catalogue (libs/reminders/src/rules/reminder-catalogue.ts). */
  kind: string;
  /** Deterministic key of the reminder (the area's, e.g. `evaluation-due:<id>`): the same reminder never goes twice. */
  key: string;
  recipients: ReminderRecipient[];
  /** The e-mail subject and the notification's title (French). */
  subject: string;
  /** The plain-text body (French), without greeting nor link: the engine adds them. */
  text: string;
  /** The page of the web app to act on (path, e.g. `/placements/<id>/show` or `/tuteur/evaluation/<token>`). */
  linkPath: string;
}

/** An area's reminders. `dueOn` runs in the school's tenant transaction (Db.tx). */
export interface ReminderSource {
  /** The catalogue kinds this source produces. */
  readonly kinds: readonly string[];
  /** The reminders due on `today` (a Europe/Paris date). */
  dueOn(today: string): Promise<DueReminder[]>;
  /**
   * Whether the reminder `key`, due on `dueOn`, is still to send given today's data (re-checked just before sending;
   * e.g. the convention got signed). `dueOn` is the reminder's own day, which the sending day follows when an e-mail
   * was held past the quiet hours until the next morning.
   */
  stillDue(key: string, dueOn: string): Promise<boolean>;
  /**
   * The page `recipient` should open instead of the reminder's linkPath (e.g. a fresh single-use link for a tutor
   * without an account), made just before sending, in the same transaction; null keeps linkPath.
   */
  personalLink?(key: string, recipient: ReminderRecipient): Promise<string | null>;
}
