import { ledgerSessionsFromGroups } from './ledger-groups.rules';
import { computeLedger } from './ledger.rules';
import { DatedSessionTotal, fullyExempted, ModuleRecordGroup, traineeScope } from './ledger-scope.rules';

const BC03 = {
  id: 'bc03',
  plannedMinutes: 2100,
  modules: [
    { id: 'm1', plannedMinutes: 840 },
    { id: 'm2', plannedMinutes: 420 },
    { id: 'm3', plannedMinutes: 840 },
  ],
};

describe('what a trainee is expected to attend', () => {
  it('takes out a module or a block only when the exemptions cover all of it', () => {
    expect(fullyExempted([BC03], [{ blockId: 'bc03', moduleId: 'm1', minutes: 840 }])).toEqual(new Set(['m1']));
    expect(fullyExempted([BC03], [{ blockId: 'bc03', moduleId: 'm1', minutes: 420 }])).toEqual(new Set());
    expect(fullyExempted([BC03], [{ blockId: 'bc03', moduleId: null, minutes: 2100 }])).toEqual(new Set(['bc03']));
    expect(fullyExempted([BC03], [])).toEqual(new Set());
  });

  const totals: DatedSessionTotal[] = [
    { date: '2027-01-04', blockId: 'bc03', moduleId: 'm1', ended: true, minutes: 210 },
    { date: '2027-01-11', blockId: 'bc03', moduleId: 'm2', ended: true, minutes: 210 },
    { date: '2027-01-18', blockId: 'bc03', moduleId: 'm3', ended: true, minutes: 210 },
    { date: '2027-01-25', blockId: 'bc03', moduleId: null, ended: false, minutes: 120 },
  ];
  const groups: ModuleRecordGroup[] = [
    { blockId: 'bc03', moduleId: 'm3', status: 'present', ended: true, minutes: 210, attendedMinutes: 210 },
  ];
  const ledger = (joinedOn: string, exempted: Set<string>) => {
    const scope = traineeScope({ joinedOn, exempted }, totals, groups);
    return computeLedger(
      [{ blockId: 'bc03', plannedMinutes: 2100, exemptedMinutes: 0 }],
      ledgerSessionsFromGroups(scope.totals, scope.groups),
      10,
    )[0];
  };

  it('does not count as missed the sessions of a module the trainee is exempted from', () => {
    expect(ledger('2027-01-01', new Set())).toMatchObject({ missedMinutes: 420, attendedMinutes: 210, overThreshold: true });
    expect(ledger('2027-01-01', new Set(['m1', 'm2']))).toMatchObject({ missedMinutes: 0, attendedMinutes: 210, scheduledMinutes: 330 });
    expect(ledger('2027-01-01', new Set(['bc03']))).toMatchObject({ missedMinutes: 0, attendedMinutes: 0, scheduledMinutes: 0 });
  });

  it('does not count as missed the sessions held before the trainee joined', () => {
    expect(ledger('2027-01-15', new Set())).toMatchObject({ missedMinutes: 0, attendedMinutes: 210, scheduledMinutes: 330 });
  });
});
