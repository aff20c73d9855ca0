import { ChangeLog, EVERYTHING } from './change-log';

describe('ChangeLog', () => {
  it('vouches for a value while none of its tags has changed', () => {
    const log = new ChangeLog();
    log.record(['c:1']);
    const from = log.position();
    log.record(['c:2', 's:9']);
    expect(log.unchangedSince(from, ['c:1', 's:8'])).toBe(true);
    expect(log.unchangedSince(from, ['c:1', 's:9'])).toBe(false);
  });

  it('treats a change recorded after the position as stale, and one recorded before as fresh', () => {
    const log = new ChangeLog();
    log.record(['c:1']);
    const after = log.position();
    expect(log.unchangedSince(after, ['c:1'])).toBe(true);
    const before = { ...after, seq: after.seq - 1 };
    expect(log.unchangedSince(before, ['c:1'])).toBe(false);
  });

  it('vouches for nothing computed before a TRUNCATE (`*`) or before forgetting', () => {
    const log = new ChangeLog();
    const from = log.position();
    log.record([EVERYTHING]);
    expect(log.unchangedSince(from, ['c:1'])).toBe(false);
    const again = log.position();
    expect(log.unchangedSince(again, ['c:1'])).toBe(true);
    log.forgetAll();
    expect(log.unchangedSince(again, [])).toBe(false);
  });

  it('forgets everything rather than remembering more tags than its capacity', () => {
    const log = new ChangeLog(2);
    const from = log.position();
    log.record(['c:1', 'c:2']);
    expect(log.unchangedSince(from, ['c:3'])).toBe(true);
    log.record(['c:3']);
    expect(log.unchangedSince(from, ['c:4'])).toBe(false);
    expect(log.unchangedSince(log.position(), ['c:1', 'c:2', 'c:3'])).toBe(true);
  });
});
