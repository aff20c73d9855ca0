/** Where the change log stood when a cached value started being computed. */
export interface LogPosition {
  epoch: number;
  seq: number;
}

/** `*` in a notification: everything may have changed (a TRUNCATE). */
export const EVERYTHING = '*';

/**
 * What changed, and when, as told by PostgreSQL's change notifications (pure: no I/O). Each notification gets the next
 * sequence number; a tag (`c:<cohort>`, `s:<school>`) remembers the last one that named it. A value computed from
 * position P, depending on tags T, is still true while no tag of T has changed after P and the epoch is the same: the
 * epoch moves when the log cannot vouch for anything any more (notifications lost while disconnected, `*`, or more
 * tags remembered than `capacity`).
 */
export class ChangeLog {
  private epoch = 0;
  private seq = 0;
  private readonly changedAt = new Map<string, number>();

  constructor(private readonly capacity = 200_000) {}

  position(): LogPosition {
    return { epoch: this.epoch, seq: this.seq };
  }

  /** One notification: the tags it names. */
  record(tags: string[]): void {
    if (tags.includes(EVERYTHING)) return this.forgetAll();
    this.seq += 1;
    for (const tag of tags) this.changedAt.set(tag, this.seq);
    if (this.changedAt.size > this.capacity) this.forgetAll();
  }

  /** Nothing recorded can be trusted any more: every value computed before now is stale. */
  forgetAll(): void {
    this.epoch += 1;
    this.seq = 0;
    this.changedAt.clear();
  }

  /** True when none of `tags` has changed since `from`. */
  unchangedSince(from: LogPosition, tags: readonly string[]): boolean {
    if (from.epoch !== this.epoch) return false;
    return tags.every((tag) => (this.changedAt.get(tag) ?? 0) <= from.seq);
  }
}
