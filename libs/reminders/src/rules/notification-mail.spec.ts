import { notificationMail } from './notification-mail';

describe('notificationMail', () => {
  it('greets, says what is due, links to the page to act on (one slash) and says why it came', () => {
    const mail = notificationMail(
      {
        recipientName: 'Dr Paul Girard',
        subject: 'Évaluation en retard',
        text: 'L’évaluation de Léa est attendue.',
        linkPath: '/placements/p1/show',
      },
      'https://cqp.example.fr/',
    );
    expect(mail.subject).toBe('Évaluation en retard');
    expect(mail.text.split('\n\n')).toEqual([
      'Bonjour Dr Paul Girard,',
      'L’évaluation de Léa est attendue.',
      'Pour agir : https://cqp.example.fr/placements/p1/show',
      expect.stringContaining('une seule fois'),
    ]);
  });
});
