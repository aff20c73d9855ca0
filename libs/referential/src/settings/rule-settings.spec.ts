import fc from 'fast-check';
import { checkOverride, effectiveSettings, isRuleSettingKey, RULE_SETTING_KEYS, RULE_SETTINGS, RuleSettings } from './rule-settings';

const DEFAULTS: RuleSettings = {
  passMark: 10,
  maxAttempts: 3,
  retakeWindowYears: 5,
  blockValidityYears: null,
  afgsuValidityYears: 4,
  afgsuExpiryNoticeDays: 90,
  secretaryExperienceYears: 3,
  absenceThresholdPercent: 10,
  signingOpensMinutesBefore: 15,
  signingClosesMinutesAfter: 30,
  vaeMinimumHours: 1607,
  hireTrainingStartYears: 2,
  hireQualificationYears: 3,
  identityDocumentRetentionYears: 1,
  unsuccessfulApplicationRetentionMonths: 24,
  trainingRecordsRetentionYears: 10,
  formerTraineeAccountRetentionMonths: 12,
};

describe('rule settings', () => {
  it('marks as fixed what the regulation fixes, and the rest as configurable', () => {
    const fixed = RULE_SETTING_KEYS.filter((k) => !RULE_SETTINGS[k].configurable).sort();
    expect(fixed).toEqual(['afgsuValidityYears', 'hireQualificationYears', 'hireTrainingStartYears', 'vaeMinimumHours']);
  });

  it('accepts a value within bounds for a configurable setting', () => {
    expect(checkOverride('passMark', 12.5)).toEqual({ ok: true, value: 12.5 });
    expect(checkOverride('blockValidityYears', null)).toEqual({ ok: true, value: null });
    expect(checkOverride('absenceThresholdPercent', 0)).toEqual({ ok: true, value: 0 });
  });

  it('refuses unknown, fixed, out-of-range, non-integer and missing values, saying why in French', () => {
    expect(checkOverride('nope', 1)).toMatchObject({ ok: false, code: 'UNKNOWN_SETTING' });
    // The members of every object are no settings (a reset of « constructor » answered 200).
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(isRuleSettingKey(key)).toBe(false);
      expect(checkOverride(key, 1)).toMatchObject({ ok: false, code: 'UNKNOWN_SETTING' });
    }
    expect(checkOverride('afgsuValidityYears', 5)).toMatchObject({ ok: false, code: 'SETTING_NOT_CONFIGURABLE' });
    expect(checkOverride('passMark', 21)).toMatchObject({
      ok: false,
      code: 'INVALID_SETTING_VALUE',
      message: expect.stringContaining('entre 0 et 20'),
    });
    expect(checkOverride('maxAttempts', 2.5)).toMatchObject({ ok: false, message: expect.stringContaining('entier') });
    expect(checkOverride('maxAttempts', null)).toMatchObject({ ok: false });
    expect(checkOverride('maxAttempts', '3')).toMatchObject({ ok: false });
  });

  it('lays school overrides over the referential and says where each value comes from', () => {
    const { settings, sources } = effectiveSettings(DEFAULTS, [{ key: 'passMark', value: 12 }]);
    expect(settings.passMark).toBe(12);
    expect(sources.passMark).toBe('school');
    expect(settings.maxAttempts).toBe(3);
    expect(sources.maxAttempts).toBe('referential');
  });

  it('never lets an override change a fixed or invalid value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ key: fc.constantFrom(...RULE_SETTING_KEYS, 'other'), value: fc.oneof(fc.double(), fc.integer(), fc.constant(null)) }),
        ),
        (overrides) => {
          const { settings } = effectiveSettings(DEFAULTS, overrides);
          for (const key of RULE_SETTING_KEYS) {
            const def = RULE_SETTINGS[key];
            const value = settings[key];
            if (!def.configurable) expect(value).toBe(DEFAULTS[key]);
            if (value !== null) expect(value >= def.min && value <= def.max).toBe(true);
          }
        },
      ),
    );
  });
});
