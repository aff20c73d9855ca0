/** Health data: disability adjustments and vaccinations, and the log of accesses to them. */
export const frHealth = {
  tab: 'Aménagements et vaccinations',
  notice:
    'Données de santé : accès réservé à la direction et au secrétariat (référent handicap). Chaque consultation et chaque modification est enregistrée dans le journal des accès aux données de santé.',
  disability: 'Situation de handicap',
  disability_yes: 'RQTH ou situation de handicap reconnue',
  disability_no: 'Aucune situation de handicap déclarée',
  adjustments: 'Aménagements de la formation et des épreuves',
  no_adjustment: 'Aucun aménagement accordé.',
  decided: 'Décidés le %{date} par %{by}',
  vaccinations: 'Vaccinations demandées pour les stages en milieu de soins',
  required: 'exigée pour un stage',
  optional: 'facultative',
  checked_on: 'vérifiée le %{date}',
  placement_ready: 'Vaccinations exigées à jour : le stage peut être proposé.',
  placement_not_ready: 'Vaccinations exigées pour un stage (hépatite B, DTP) non à jour : à vérifier avant le début du stage.',
  edit: 'Modifier',
  accesses: 'Voir les accès à ces données (journal)',
  edit_title: 'Aménagements et vaccinations',
  save: 'Enregistrer',
  saved: 'Données enregistrées (modification tracée).',
  updated: 'Dernière mise à jour : %{date}',
  never: 'Aucune donnée enregistrée.',
  status_label: '%{vaccine} : statut',
  checked_label: '%{vaccine} : vérifiée le',
  adjustment: {
    extra_time: 'Tiers-temps',
    accessibility: 'Accessibilité des locaux',
    adapted_materials: 'Supports adaptés',
    breaks: 'Pauses supplémentaires',
    assistant: 'Aide humaine (secrétaire, lecteur)',
    remote: 'Formation à distance',
    other: 'Autre (préciser)',
  },
  vaccine: { hepatitis_b: 'Hépatite B', dtp: 'DTP (diphtérie, tétanos, poliomyélite)', covid: 'Covid-19' },
  status: { up_to_date: 'À jour', incomplete: 'Incomplet', unknown: 'Non renseigné' },
  me: {
    title: 'Mes aménagements et vaccinations',
    show: 'Afficher',
    intro:
      'Ces informations sont des données de santé : seules la direction et le secrétariat de l’école y ont accès, et chaque consultation est tracée.',
  },
  log: {
    menu: 'Accès aux données de santé',
    action: { read: 'Consultation', write: 'Modification' },
    field: { disabilityRecognised: 'Handicap', adjustments: 'Aménagements', vaccinations: 'Vaccinations' },
    /** The routes the API names as the context of an access. */
    context: {
      'GET /trainees/{id}/health': 'Fiche du stagiaire',
      'PUT /trainees/{id}/health': 'Modification de la fiche',
      'GET /me/health': 'Sa propre fiche',
      'GET /placement-board': 'Tableau des stages',
    },
  },
};

export const frHealthResources = {
  'health-access-log': {
    name: 'Accès |||| Journal des accès aux données de santé',
    fields: {
      at: 'Date',
      traineeName: 'Stagiaire',
      actorEmail: 'Par',
      actorRole: 'Rôle',
      action: 'Accès',
      fields: 'Données',
      context: 'Contexte',
    },
  },
  'trainee-health': {
    fields: {
      disabilityRecognised: 'RQTH ou situation de handicap reconnue',
      adjustments: 'Aménagements accordés',
      adjustmentsNote: 'Précisions',
      adjustmentsDecidedOn: 'Décidés le',
      adjustmentsDecidedBy: 'Décidés par',
    },
  },
};
