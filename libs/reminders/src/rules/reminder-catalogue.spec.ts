import { isValidTime } from '@app/platform/time/paris-time';
import { checkMute, notificationKey, REMINDER_KINDS, REMINDER_RULES, reminderRule } from './reminder-catalogue';

describe('the reminder catalogue', () => {
  it('has exactly one rule per kind, in order, each with a recipient, a channel, a valid local time and a French title', () => {
    expect(REMINDER_RULES.map((r) => r.kind)).toEqual([...REMINDER_KINDS]);
    for (const rule of REMINDER_RULES) {
      expect({ kind: rule.kind, ok: rule.audience.length > 0 && rule.channels.length > 0 && isValidTime(rule.localTime) }).toEqual({
        kind: rule.kind,
        ok: true,
      });
      expect(rule.title).toMatch(/^[A-ZÉ]/);
      expect(rule.localTime >= '08:00' && rule.localTime < '20:00').toBe(true); // never planned in the quiet hours
    }
  });

  it('covers every reminder the issue lists', () => {
    expect(REMINDER_KINDS).toEqual(
      expect.arrayContaining([
        'application_documents_missing',
        'interview_tomorrow',
        'course_session_tomorrow',
        'attendance_unsigned',
        'absence_rate_exceeded',
        'afgsu_expiring_90',
        'afgsu_expiring_30',
        'afgsu_expired',
        'afgsu_session_tomorrow',
        'convention_unsigned',
        'placement_starts',
        'evaluation_due',
        'evaluation_late',
        'retake_open',
        'hire_deadline_training_start',
        'hire_deadline_qualification',
        'bpf_report',
      ]),
    );
  });

  it('reaches candidates by e-mail only (they have no account to see in-app notifications)', () => {
    for (const rule of REMINDER_RULES.filter((r) => r.audience.length === 1 && r.audience[0] === 'candidate')) {
      expect(rule.channels).toEqual(['email']);
    }
  });

  it('throws a RangeError on an unknown kind', () => {
    expect(reminderRule('afgsu_expired').mandatory).toBe(true);
    expect(() => reminderRule('nope')).toThrow(RangeError);
  });
});

describe('checkMute', () => {
  it('lets people mute optional reminders only', () => {
    expect(checkMute(['course_session_tomorrow', 'afgsu_expiring_90'])).toEqual({ ok: true });
    expect(checkMute([])).toEqual({ ok: true });
    const refused = checkMute(['course_session_tomorrow', 'evaluation_due', 'bpf_report']);
    expect(refused).toMatchObject({ ok: false, code: 'REMINDER_MANDATORY', kinds: ['evaluation_due', 'bpf_report'] });
    expect(!refused.ok && refused.message).toContain('« Évaluation du stagiaire à remplir »');
    expect(() => checkMute(['nope'])).toThrow(RangeError);
  });
});

describe('notificationKey', () => {
  it('is one per reminder, recipient and channel', () => {
    expect(notificationKey('afgsu-expired:a1', 'u1', 'email')).toBe('afgsu-expired:a1|u1|email');
    expect(notificationKey('afgsu-expired:a1', 'u1', 'in_app')).not.toBe(notificationKey('afgsu-expired:a1', 'u1', 'email'));
    expect(() => notificationKey(' ', 'u1', 'email')).toThrow(RangeError);
    expect(() => notificationKey('k', '', 'email')).toThrow(RangeError);
  });
});
