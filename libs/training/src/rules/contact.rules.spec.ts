import { normaliseEmail, normalisePhone } from './contact.rules';

describe('normaliseEmail', () => {
  it.each([
    ['helene.martin@example.fr', 'helene.martin@example.fr'],
    ['  Helene.Martin@Example.FR ', 'helene.martin@example.fr'],
    ['h+cqp@sub.cabinet-medical.fr', 'h+cqp@sub.cabinet-medical.fr'],
    ['j_d-1@a.co', 'j_d-1@a.co'],
  ])('accepts %j as %j', (raw, email) => expect(normaliseEmail(raw)).toBe(email));

  it.each([
    '',
    'helene',
    'helene@',
    '@example.fr',
    'helene@example',
    'helene@example.f',
    'hélène@example.fr',
    'helene martin@example.fr',
    '.helene@example.fr',
    'helene.@example.fr',
    'hel..ene@example.fr',
    'helene@-example.fr',
    'helene@example-.fr',
    'helene@@example.fr',
    'helene@example..fr',
    'helene@example.fr.',
    'a,b@example.fr',
    `${'a'.repeat(250)}@example.fr`,
  ])('refuses %j', (raw) => expect(normaliseEmail(raw)).toBeNull());
});

describe('normalisePhone', () => {
  it.each([
    ['06 12 34 56 78', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['06-12-34-56-78', '0612345678'],
    ['0612345678', '0612345678'],
    ['01\u00a042\u202f00 00 00', '0142000000'],
    ['612345678', '0612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+32 2 123 45 67', '+3221234567'],
    ['+1 (415) 555-0100', '+14155550100'],
  ])('accepts %j as %j', (raw, phone) => expect(normalisePhone(raw)).toBe(phone));

  it.each([
    '06 12 34 56',
    '06 12 34 56 789',
    '00 12 34 56 78',
    '06 12 34 56 7a',
    'tel: 0612345678',
    '+33 06 12 34 56 78',
    '+33 6 12 34 56',
    '+0 123 456 789',
    '+12345',
    '06+12345678',
    '+33612345678+',
    '',
  ])('refuses %j', (raw) => expect(normalisePhone(raw)).toBeNull());
});
