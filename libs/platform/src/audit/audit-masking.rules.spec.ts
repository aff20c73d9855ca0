import { shownValues } from './audit-masking.rules';

describe('shownValues', () => {
  it('shows the values of ordinary entries as kept', () => {
    const before = { status: 'absent' };
    const after = { status: 'excused' };
    expect(shownValues('attendance', before, after)).toEqual({ before, after });
    expect(shownValues('placement', null, after)).toEqual({ before: null, after });
  });

  it('shows only the names of the fields changed for health data, keeping null on a creation', () => {
    const before = { disabilityRecognised: false, adjustments: [], vaccinations: [{ kind: 'dtp', status: 'unknown' }] };
    const after = { disabilityRecognised: true, adjustments: [], vaccinations: [{ kind: 'dtp', status: 'up_to_date' }] };
    expect(shownValues('trainee_health', before, after)).toEqual({
      before: { healthData: true, fields: ['disabilityRecognised', 'vaccinations'] },
      after: { healthData: true, fields: ['disabilityRecognised', 'vaccinations'] },
    });
    expect(shownValues('trainee_health', null, { adjustments: ['extra_time'], adjustmentsNote: null })).toEqual({
      before: null,
      after: { healthData: true, fields: ['adjustments'] },
    });
    expect(JSON.stringify(shownValues('trainee_health', before, after))).not.toContain('up_to_date');
  });
});
