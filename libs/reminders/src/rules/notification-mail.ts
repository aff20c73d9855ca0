/** The e-mail of a notification: a greeting, the reminder's text, the link to the page to act on, and why it came. */
export function notificationMail(
  n: { recipientName: string; subject: string; text: string; linkPath: string },
  publicUrl: string,
): { subject: string; text: string } {
  const url = `${publicUrl.replace(/\/$/, '')}/${n.linkPath.replace(/^\//, '')}`;
  return {
    subject: n.subject,
    text: [
      `Bonjour ${n.recipientName},`,
      n.text,
      `Pour agir : ${url}`,
      'Ce rappel automatique vous est envoyé une seule fois. Vous pouvez choisir les rappels facultatifs que vous recevez dans votre espace, rubrique « Notifications ».',
    ].join('\n\n'),
  };
}
