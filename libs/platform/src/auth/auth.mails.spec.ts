import { Role } from '../accounts/role';
import { invitationMail, passwordResetMail } from './auth.mails';

describe('auth e-mails', () => {
  const expiresAt = new Date('2026-12-01T16:30:00Z');

  it('invites in French with the link, the role, the school and the expiry in Paris time', () => {
    const m = invitationMail({
      fullName: 'Léa Moreau',
      role: Role.Trainee,
      schoolName: 'IFAM Lyon',
      url: 'https://x.fr/invitation/abc',
      expiresAt,
    });
    expect(m.subject).toBe('Activez votre compte – IFAM Lyon');
    expect(m.text).toContain('Bonjour Léa Moreau,');
    expect(m.text).toContain('rôle : stagiaire');
    expect(m.text).toContain('Activer mon compte : https://x.fr/invitation/abc');
    expect(m.text).toContain('1 décembre 2026 à 17:30');
    expect(m.html).toContain('<a href="https://x.fr/invitation/abc">Activer mon compte</a>');
  });

  it('escapes names in the HTML part', () => {
    const m = passwordResetMail({ fullName: '<script>x</script>', url: 'https://x.fr/r/1', expiresAt });
    expect(m.html).not.toContain('<script>');
    expect(m.text).toContain('Choisir un nouveau mot de passe : https://x.fr/r/1');
  });
});
