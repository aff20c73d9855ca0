/** The French words of a scale dataset: people, places and the phrases staff and tutors write. */

const words = (list: string) => list.split(',').map((w) => w.trim());

export const FIRST_NAMES = words(`
  Camille, Léa, Manon, Chloé, Inès, Emma, Sarah, Julie, Laura, Marie, Anaïs, Océane, Clara, Yasmine, Lucie,
  Pauline, Mélanie, Sandrine, Nathalie, Céline, Aurélie, Élodie, Fatima, Amina, Nadia, Sophie, Isabelle, Valérie,
  Karine, Émilie, Justine, Margaux, Lina, Zoé, Jade, Louise, Maëlle, Noémie, Audrey, Virginie, Lucas, Thomas,
  Nicolas, Julien, Kevin, Mehdi, Hugo, Antoine, Yanis, Romain
`);

export const LAST_NAMES = words(`
  Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Dubois, Moreau, Laurent, Simon, Michel, Lefèvre,
  Leroy, Roux, David, Bertrand, Morel, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Vincent,
  Muller, Lefebvre, Faure, André, Mercier, Blanc, Guérin, Boyer, Garnier, Chevalier, François, Legrand, Gauthier,
  Garcia, Perrin, Robin, Clément, Morin, Nicolas, Henry, Roussel, Mathieu, Gautier, Masson, Nguyen, Benali,
  Haddad, Diallo, Traoré, Da Silva, Ferreira, Kowalski, Le Gall, Nowak
`);

/** A city with its postal code, département and the CESU that teaches AFGSU there. */
export interface City {
  name: string;
  postalCode: string;
  cesu: string;
}

export const CITIES: City[] = [
  { name: 'Lyon', postalCode: '69003', cesu: 'CESU 69 – Hospices civils de Lyon' },
  { name: 'Marseille', postalCode: '13005', cesu: 'CESU 13 – AP-HM' },
  { name: 'Toulouse', postalCode: '31300', cesu: 'CESU 31 – CHU de Toulouse' },
  { name: 'Nice', postalCode: '06000', cesu: 'CESU 06 – CHU de Nice' },
  { name: 'Nantes', postalCode: '44000', cesu: 'CESU 44 – CHU de Nantes' },
  { name: 'Strasbourg', postalCode: '67000', cesu: 'CESU 67 – Hôpitaux universitaires de Strasbourg' },
  { name: 'Montpellier', postalCode: '34000', cesu: 'CESU 34 – CHU de Montpellier' },
  { name: 'Bordeaux', postalCode: '33000', cesu: 'CESU 33 – CHU de Bordeaux' },
  { name: 'Lille', postalCode: '59000', cesu: 'CESU 59 – CHU de Lille' },
  { name: 'Rennes', postalCode: '35000', cesu: 'CESU 35 – CHU de Rennes' },
  { name: 'Reims', postalCode: '51100', cesu: 'CESU 51 – CHU de Reims' },
  { name: 'Saint-Étienne', postalCode: '42000', cesu: 'CESU 42 – CHU de Saint-Étienne' },
  { name: 'Toulon', postalCode: '83000', cesu: 'CESU 83 – CHI Toulon La Seyne' },
  { name: 'Le Havre', postalCode: '76600', cesu: 'CESU 76 – GH du Havre' },
  { name: 'Grenoble', postalCode: '38000', cesu: 'CESU 38 – CHU Grenoble Alpes' },
  { name: 'Dijon', postalCode: '21000', cesu: 'CESU 21 – CHU Dijon Bourgogne' },
  { name: 'Angers', postalCode: '49000', cesu: 'CESU 49 – CHU d’Angers' },
  { name: 'Nîmes', postalCode: '30000', cesu: 'CESU 30 – CHU de Nîmes' },
  { name: 'Clermont-Ferrand', postalCode: '63000', cesu: 'CESU 63 – CHU de Clermont-Ferrand' },
  { name: 'Le Mans', postalCode: '72000', cesu: 'CESU 72 – CH du Mans' },
  { name: 'Aix-en-Provence', postalCode: '13100', cesu: 'CESU 13 – CH du Pays d’Aix' },
  { name: 'Brest', postalCode: '29200', cesu: 'CESU 29 – CHU de Brest' },
  { name: 'Tours', postalCode: '37000', cesu: 'CESU 37 – CHRU de Tours' },
  { name: 'Amiens', postalCode: '80000', cesu: 'CESU 80 – CHU Amiens-Picardie' },
  { name: 'Limoges', postalCode: '87000', cesu: 'CESU 87 – CHU de Limoges' },
  { name: 'Annecy', postalCode: '74000', cesu: 'CESU 74 – CH Annecy Genevois' },
  { name: 'Perpignan', postalCode: '66000', cesu: 'CESU 66 – CH de Perpignan' },
  { name: 'Metz', postalCode: '57000', cesu: 'CESU 57 – CHR Metz-Thionville' },
  { name: 'Besançon', postalCode: '25000', cesu: 'CESU 25 – CHU de Besançon' },
  { name: 'Orléans', postalCode: '45000', cesu: 'CESU 45 – CHU d’Orléans' },
  { name: 'Rouen', postalCode: '76000', cesu: 'CESU 76 – CHU de Rouen' },
  { name: 'Caen', postalCode: '14000', cesu: 'CESU 14 – CHU de Caen' },
  { name: 'Nancy', postalCode: '54000', cesu: 'CESU 54 – CHRU de Nancy' },
  { name: 'Poitiers', postalCode: '86000', cesu: 'CESU 86 – CHU de Poitiers' },
  { name: 'Pau', postalCode: '64000', cesu: 'CESU 64 – CH de Pau' },
  { name: 'La Rochelle', postalCode: '17000', cesu: 'CESU 17 – GH de La Rochelle' },
  { name: 'Avignon', postalCode: '84000', cesu: 'CESU 84 – CH d’Avignon' },
  { name: 'Bayonne', postalCode: '64100', cesu: 'CESU 64 – CH de la Côte Basque' },
];

export const SCHOOL_PREFIXES = ['Institut de formation santé', 'Campus Santé', 'École des assistants médicaux', 'Centre de formation CQP'];

export const STREETS = words(`
  rue de la République, avenue Jean Jaurès, rue Victor Hugo, boulevard Pasteur, rue des Lilas,
  place de la Mairie, rue du Général de Gaulle, avenue de la Gare, rue Émile Zola, chemin des Vignes
`);

export const SPECIALITIES = 'Cardiologie,Pédiatrie,Dermatologie,Ophtalmologie,Gynécologie,Rhumatologie'.split(',');

export const FRENCH_MONTHS = 'janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre'.split(',');

export const FRENCH_WEEKDAYS = 'lundi,mardi,mercredi,jeudi,vendredi'.split(',');

export const EXCUSES = [
  'Arrêt maladie (certificat médical transmis)',
  'Rendez-vous médical (justificatif fourni)',
  'Enfant malade (certificat fourni)',
  'Convocation administrative (justificatif fourni)',
];

/** Browsers trainees sign from (shortened: the attendance table holds millions of them). */
export const USER_AGENTS = [
  'iPhone; iOS 17.5; Safari',
  'Android 14; SM-A546B; Chrome 126',
  'Android 13; Pixel 7; Chrome 125',
  'Windows 10; Firefox 127',
];

export const INTERVIEW_NOTES = [
  'Projet professionnel clair, expérience d’accueil en cabinet.',
  'Bonne connaissance du parcours patient ; à accompagner sur les logiciels médicaux.',
  'Motivation solide, employeur partenaire engagé.',
  'Profil à confirmer : peu d’expérience du secteur de la santé.',
];

export const OVERALL_COMMENTS = [
  'Stagiaire impliqué(e), à l’écoute des patients et rigoureux(se) dans la tenue des dossiers.',
  'Bonne progression sur la période ; gagne en autonomie à l’accueil et dans l’assistance au praticien.',
  'Travail sérieux. Reste à consolider la gestion des stocks et la préparation de la salle d’examen.',
  'Très bonne intégration dans l’équipe, communication adaptée avec les patients.',
];

/** The name without accents or spaces, for e-mail addresses (« Lefèvre » → « lefevre »). */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
