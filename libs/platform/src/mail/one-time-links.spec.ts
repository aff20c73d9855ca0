import { redactOneTimeLinks } from './one-time-links';

describe('redactOneTimeLinks', () => {
  it('hides the token of invitation and password-reset links, in text and HTML', () => {
    const text = 'Activer : https://cqp.fr/invitation/AbC-12_x9 et <a href="https://cqp.fr/reinitialiser/ZZZ">ici</a>';
    const out = redactOneTimeLinks(text);
    expect(out).not.toContain('AbC-12_x9');
    expect(out).not.toContain('ZZZ');
    expect(out).toContain('https://cqp.fr/invitation/[lien personnel masqué]');
  });

  it('leaves other links alone', () => {
    expect(redactOneTimeLinks('https://cqp.fr/api/v1/ical/cohorts/x.ics')).toBe('https://cqp.fr/api/v1/ical/cohorts/x.ics');
  });
});
