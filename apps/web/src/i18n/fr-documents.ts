/**
 * French texts of the generated documents (PV de jury, attestations, certificats), the award of the CQP, prior
 * validations, convocations and the school's letterhead, under `app.documents`.
 */
export const frDocuments = {
  kind: {
    jury_pv: 'Procès-verbal (PDF)',
    end_of_training: 'Attestations de fin de formation',
    partial_validation: 'Attestations de validation partielle',
    certificat_realisation: 'Certificats de réalisation',
  },
  batch: {
    progress: 'Documents prêts : %{done} / %{total}',
    failed: '%{smart_count} échec |||| %{smart_count} échecs',
    files: 'Fichiers à télécharger',
    failed_file: '%{name} : %{error}',
    download: 'Télécharger %{name}',
  },
  cohort: {
    tab: 'Documents',
    intro:
      'Les documents sont produits en PDF, à l’en-tête de l’établissement, pour chaque stagiaire de la session. La génération peut prendre quelques secondes.',
  },
  certify: {
    button: 'Décerner le CQP',
    title: 'Décerner le CQP à %{name} ?',
    content:
      'Toutes les conditions de certification sont remplies. La décision sera enregistrée à la date du jury et conservée dans le journal d’audit ; elle ne pourra pas être annulée.',
    confirm: 'Décerner le CQP',
    done: 'CQP décerné à %{name}.',
    awarded: 'CQP décerné le %{date}',
  },
  prior: {
    title: 'Validations antérieures',
    intro: 'Blocs de compétences validés lors d’un parcours antérieur ou par la VAE : ils comptent comme acquis pour la certification.',
    empty: 'Aucune validation antérieure.',
    add: 'Ajouter',
    add_title: 'Ajouter une validation antérieure',
    add_submit: 'Enregistrer',
    added: 'Validation antérieure enregistrée.',
    source: { earlier: 'Parcours antérieur', vae: 'VAE' },
    line: '%{source} · validé le %{date}',
    remove: 'Retirer',
    remove_label: 'Retirer la validation antérieure de %{block}',
    remove_title: 'Retirer la validation antérieure de %{block} ?',
    remove_content: 'Le bloc ne comptera plus comme acquis. Le retrait est conservé dans le journal d’audit.',
    removed: 'Validation antérieure retirée.',
  },
  convocation: {
    link: 'Convocation (PDF)',
    label: 'Télécharger la convocation du passage %{number}',
  },
  school: {
    menu: 'Établissement',
    title: 'Établissement',
    intro: 'Ces informations figurent en en-tête et en pied des documents produits : PV de jury, attestations, certificats, convocations.',
    read_only: 'Seule la direction de l’école peut modifier ces informations.',
    saved: 'Informations de l’établissement enregistrées.',
  },
};

/** Form labels of the dialogs and of the school page, under `resources` (FormDialog reads `resources.<resource>.fields.<source>`). */
export const frDocumentsResources = {
  'prior-validations': {
    name: 'Validation antérieure |||| Validations antérieures',
    fields: {
      blockId: 'Bloc de compétences',
      source: 'Origine',
      validatedOn: 'Date de validation',
      reference: 'Référence de la décision',
    },
    helpers: { reference: 'Par exemple : Jury du 12/06/2025, Institut Santé Avenir' },
  },
  'school-profile': {
    name: 'Établissement',
    fields: {
      name: 'Nom de l’établissement',
      address: 'Adresse',
      siret: 'SIRET',
      activityNumber: 'Numéro de déclaration d’activité',
      signatory: 'Signataire des documents',
      phone: 'Téléphone',
      contactEmail: 'E-mail de contact',
    },
    helpers: {
      siret: '14 chiffres, par exemple 732 829 320 00074.',
      activityNumber: '11 chiffres, attribué par la DREETS.',
      signatory: 'Nom et fonction, par exemple : Claire Dubois, directrice.',
    },
  },
};
