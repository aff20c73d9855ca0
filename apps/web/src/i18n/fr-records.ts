/** French texts of the personal data export (RGPD), under `app.records`. */
export const frRecords = {
  export: {
    mine: 'Télécharger mes données',
    mine_help: 'Une archive ZIP avec toutes les informations que l’établissement conserve à votre sujet (donnees.json) et vos documents.',
    staff: 'Exporter les données (RGPD)',
    staff_label: 'Exporter toutes les données de %{name} (RGPD), export enregistré dans le journal d’audit',
  },
};
