import fc from 'fast-check';
import { normaliseMuted, preferenceLines } from './notification-preferences.rules';
import { checkMute, kindsForRole, REMINDER_KINDS, REMINDER_RULES } from './reminder-catalogue';

const optional = REMINDER_RULES.filter((r) => !r.mandatory).map((r) => r.kind);

describe('notification preferences', () => {
  it('lists the kinds a role receives, in catalogue order, with their French title and when they come', () => {
    const admin = preferenceLines([], 'school_admin');
    expect(admin.every((l) => l.title.length > 0 && l.when.length > 0 && !l.muted)).toBe(true);
    expect(admin.map((l) => l.kind)).toContain('bpf_report');
    expect(preferenceLines([], 'trainee').map((l) => l.kind)).toEqual([
      'course_session_tomorrow',
      'attendance_unsigned',
      'absence_rate_exceeded',
      'afgsu_expiring_90',
      'afgsu_expiring_30',
      'afgsu_expired',
      'afgsu_session_tomorrow',
      'convention_unsigned',
      'placement_starts',
      'retake_open',
      'hire_deadline_training_start',
      'hire_deadline_qualification',
    ]);
    expect(preferenceLines([], 'tutor').map((l) => l.kind)).toEqual(['placement_starts', 'evaluation_due', 'evaluation_late']);
    expect(preferenceLines([], 'platform_admin')).toEqual([]);
    // Every kind reaches some role with an account, except the candidate's (e-mail only, no account).
    const reached = new Set(
      ['school_admin', 'staff', 'trainer', 'trainee', 'tutor'].flatMap((r) => preferenceLines([], r).map((l) => l.kind)),
    );
    expect(REMINDER_KINDS.filter((k) => !reached.has(k))).toEqual(['application_documents_missing']);
  });

  it('shows muted exactly the optional kinds stored, never a mandatory one nor an unknown one', () => {
    fc.assert(
      fc.property(fc.subarray([...REMINDER_KINDS, 'removed_kind']), (stored) => {
        const muted = preferenceLines(stored, 'school_admin').filter((l) => l.muted);
        expect(muted.map((l) => l.kind)).toEqual(optional.filter((k) => stored.includes(k) && kindsForRole('school_admin').includes(k)));
      }),
    );
  });

  it('stores each muted kind once, in catalogue order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...optional), { maxLength: 10 }), (kinds) => {
        const stored = normaliseMuted(kinds);
        expect(new Set(stored).size).toBe(stored.length);
        expect(stored).toEqual(REMINDER_KINDS.filter((k) => kinds.includes(k as never)));
        expect(checkMute(stored)).toEqual({ ok: true });
      }),
    );
  });
});
