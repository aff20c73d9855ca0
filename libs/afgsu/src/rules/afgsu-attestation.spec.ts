import { AfgsuAttestation, afgsuExpiresOn, afgsuFirstExpiredDay, attestationInForceOn } from './afgsu-attestation';

const att = (over: Partial<AfgsuAttestation> = {}): AfgsuAttestation => ({
  id: 'a1',
  level: 1,
  kind: 'initial',
  issuedOn: '2022-03-15',
  expiresOn: '2026-03-15',
  verified: true,
  ...over,
});

describe('afgsuExpiresOn and afgsuFirstExpiredDay', () => {
  it('gives the last valid day validityYears later, and the first expired day the day after', () => {
    expect(afgsuExpiresOn('2026-03-15', 4)).toBe('2030-03-15');
    expect(afgsuFirstExpiredDay('2030-03-15')).toBe('2030-03-16');
    expect(afgsuFirstExpiredDay('2026-12-31')).toBe('2027-01-01');
  });

  it('keeps 29 February in a leap year and gives 28 February in a common year', () => {
    expect(afgsuExpiresOn('2024-02-29', 4)).toBe('2028-02-29');
    expect(afgsuFirstExpiredDay('2028-02-29')).toBe('2028-03-01');
    expect(afgsuExpiresOn('2024-02-29', 1)).toBe('2025-02-28');
    expect(afgsuFirstExpiredDay('2025-02-28')).toBe('2025-03-01');
  });

  it('throws a RangeError on an invalid date or number of years', () => {
    expect(() => afgsuExpiresOn('2025-02-29', 4)).toThrow(RangeError);
    expect(() => afgsuExpiresOn('2026-03-15', 0)).toThrow('Durée de validité de l’AFGSU invalide : 0');
    expect(() => afgsuExpiresOn('2026-03-15', -1)).toThrow(RangeError);
    expect(() => afgsuExpiresOn('2026-03-15', 1.5)).toThrow(RangeError);
    expect(() => afgsuFirstExpiredDay('15/03/2026')).toThrow(RangeError);
  });
});

describe('attestationInForceOn', () => {
  const a = att();

  it('counts from the issue date to the last valid day, both included', () => {
    expect(attestationInForceOn([a], '2022-03-14')).toBeNull();
    expect(attestationInForceOn([a], '2022-03-15')).toBe(a);
    expect(attestationInForceOn([a], '2026-03-15')).toBe(a);
    expect(attestationInForceOn([a], '2026-03-16')).toBeNull();
  });

  it('takes the latest expiry among the valid ones, whatever the input order, and ignores unverified ones', () => {
    const refresher = att({ id: 'r1', kind: 'refresher', issuedOn: '2025-06-01', expiresOn: '2030-03-15' });
    const prior = att({ id: 'p1', kind: 'prior', level: 2, issuedOn: '2025-01-01', expiresOn: '2031-01-01', verified: false });
    expect(attestationInForceOn([a, refresher, prior], '2025-07-01')).toBe(refresher);
    expect(attestationInForceOn([prior, refresher, a], '2025-07-01')).toBe(refresher);
    expect(attestationInForceOn([a, refresher], '2025-05-31')).toBe(a);
  });

  it('breaks ties on expiry by level 2, then the latest issue, then the smallest id', () => {
    const l1 = att({ id: 'b', issuedOn: '2022-06-01' });
    const l2 = att({ id: 'c', level: 2 });
    const same = att({ id: 'a' });
    expect(attestationInForceOn([l1, l2], '2024-01-01')).toBe(l2);
    expect(attestationInForceOn([same, l1], '2024-01-01')).toBe(l1);
    expect(attestationInForceOn([att({ id: 'z' }), same], '2024-01-01')).toBe(same);
  });

  it('throws a RangeError on an invalid date or a malformed attestation', () => {
    expect(() => attestationInForceOn([a], '2026-02-30')).toThrow(RangeError);
    expect(() => attestationInForceOn([att({ expiresOn: '2026-13-01' })], '2026-01-01')).toThrow(RangeError);
    expect(() => attestationInForceOn([att({ expiresOn: '2022-03-14' })], '2026-01-01')).toThrow('incohérente');
    expect(() => attestationInForceOn([att({ level: 3 as 1 })], '2026-01-01')).toThrow('niveau invalide');
  });
});
