/** The notification centre, the preferences and the staff « Relances » page. */
export const frNotifications = {
  bell: 'Notifications',
  bell_unread: 'Notifications (%{smart_count} non lue) |||| Notifications (%{smart_count} non lues)',
  centre: {
    title: 'Notifications',
    intro: 'Les rappels qui vous concernent : échéances, séances, stages, AFGSU. Ils vous sont aussi envoyés par e-mail.',
    unread: '%{smart_count} non lue |||| %{smart_count} non lues',
    all_read: 'Tout est lu.',
    read_all: 'Tout marquer comme lu',
    mark_read: 'Marquer comme lu',
    open: 'Ouvrir',
    empty: 'Aucune notification pour le moment.',
    received: 'Reçue le %{date}',
  },
  preferences: {
    title: 'Rappels reçus',
    intro:
      'Vous pouvez désactiver les rappels facultatifs. Les rappels obligatoires portent une échéance réglementaire ou de certification : ils restent actifs.',
    mandatory: 'obligatoire',
    saved: 'Vos préférences sont enregistrées.',
    channels: { email: 'e-mail', in_app: 'dans l’application' },
  },
  reminders: {
    menu: 'Relances',
    title: 'Relances',
    intro:
      'Les rappels envoyés par l’application : ce qui est parti, ce qui est programmé, ce qui a échoué. Un envoi en échec peut être renvoyé.',
    all: 'Tous (%{count})',
    status: {
      scheduled: 'Programmé',
      sent: 'Envoyé',
      failed: 'En échec',
      cancelled: 'Annulé',
    },
    status_count: '%{label} (%{count})',
    channel: {
      email: 'E-mail',
      in_app: 'Application',
    },
    filters: {
      kind: 'Type de rappel',
      all_kinds: 'Tous les types',
      channel: 'Canal',
      all_channels: 'Tous les canaux',
      q: 'Destinataire',
      from: 'Du',
      to: 'Au',
    },
    columns: {
      kind: 'Rappel',
      recipient: 'Destinataire',
      channel: 'Canal',
      due: 'Échéance',
      send_at: 'Envoi',
      status: 'Statut',
      error: 'Erreur',
    },
    outbox: 'E-mail : %{status}',
    attempts: '%{smart_count} tentative |||| %{smart_count} tentatives',
    retry: 'Renvoyer',
    retried: 'La notification est reprogrammée : elle part dans un instant.',
    empty: 'Aucun rappel ne correspond à ces filtres.',
    next: {
      title: 'Prochains envois',
      empty: 'Aucun envoi programmé.',
    },
  },
};
