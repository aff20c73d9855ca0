/** One article of a convention de stage: a heading and a body that may hold placeholders such as {{stagiaire}}. */
export interface ConventionArticle {
  heading: string;
  body: string;
}

/** A school's template of convention de stage: a title and ordered articles. */
export interface ConventionTemplateText {
  title: string;
  articles: ConventionArticle[];
}

/** The placeholders a template may use, with what each becomes (French, for the template editor). */
export const CONVENTION_PLACEHOLDERS = {
  organisme: 'Nom de l’organisme de formation',
  stagiaire: 'Prénom et nom du stagiaire',
  lieu: 'Nom du lieu de stage',
  tuteur: 'Prénom et nom du tuteur',
  debut: 'Premier jour du stage (JJ/MM/AAAA)',
  fin: 'Dernier jour du stage (JJ/MM/AAAA)',
  heures: 'Nombre d’heures prévues',
  gratification: 'Phrase sur la gratification (due au-delà de deux mois de stage)',
} as const;

export type ConventionPlaceholder = keyof typeof CONVENTION_PLACEHOLDERS;

/** The value of every placeholder for one placement. */
export type PlaceholderValues = Record<ConventionPlaceholder, string>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Two months of placement, as the Code de l’éducation counts them (D124-6): 44 days of 7 hours of presence. */
export const GRATIFICATION_THRESHOLD_HOURS = 44 * 7;

/** Whether a gratification is due: more than two months of presence, i.e. more than 308 planned hours. */
export function gratificationDue(plannedHours: number): boolean {
  if (!Number.isSafeInteger(plannedHours) || plannedHours < 1) throw new RangeError(`Nombre d’heures invalide : ${plannedHours}.`);
  return plannedHours > GRATIFICATION_THRESHOLD_HOURS;
}

/** The sentence {{gratification}} becomes for `plannedHours`. */
export function gratificationText(plannedHours: number): string {
  return gratificationDue(plannedHours)
    ? 'La durée du stage étant supérieure à deux mois (plus de 308 heures de présence), le lieu de stage verse au stagiaire une ' +
        'gratification mensuelle au moins égale au minimum légal, dès le premier jour du stage.'
    : 'La durée du stage n’excédant pas deux mois (308 heures de présence), aucune gratification n’est obligatoire ; le lieu de ' +
        'stage peut toutefois en verser une.';
}

/** The placeholder names used in `articles` that are not known, each once, in order of appearance. */
export function unknownPlaceholders(articles: readonly ConventionArticle[]): string[] {
  const unknown = new Set<string>();
  for (const article of articles) {
    for (const text of [article.heading, article.body]) {
      for (const [, name] of text.matchAll(PLACEHOLDER)) {
        if (!Object.hasOwn(CONVENTION_PLACEHOLDERS, name)) unknown.add(name);
      }
    }
  }
  return [...unknown];
}

/**
 * The articles with every placeholder replaced by its value (spaces inside the braces allowed: {{ lieu }}). Throws a
 * RangeError naming the first unknown placeholder, or a placeholder without a value.
 */
export function renderArticles(articles: readonly ConventionArticle[], values: PlaceholderValues): ConventionArticle[] {
  const unknown = unknownPlaceholders(articles);
  if (unknown.length) throw new RangeError(`Champ inconnu dans le modèle : {{${unknown[0]}}}.`);
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: ConventionPlaceholder) => {
      const value = values[name];
      if (typeof value !== 'string') throw new RangeError(`Valeur manquante pour {{${name}}}.`);
      return value;
    });
  return articles.map((a) => ({ heading: fill(a.heading), body: fill(a.body) }));
}

/** The template used until a school saves its own. */
export const DEFAULT_CONVENTION_TEMPLATE: ConventionTemplateText = {
  title: 'Convention de stage – CQP Assistant(e) médical(e)',
  articles: [
    {
      heading: 'Article 1 – Objet',
      body:
        'La présente convention règle les rapports entre {{organisme}}, organisme de formation, {{lieu}}, lieu de stage, et ' +
        '{{stagiaire}}, stagiaire de la formation préparant au CQP Assistant(e) médical(e), pour le stage effectué du {{debut}} au {{fin}}.',
    },
    {
      heading: 'Article 2 – Objectifs du stage',
      body:
        'Le stage permet au stagiaire de mettre en œuvre, en situation professionnelle, les compétences des blocs visés par les ' +
        'objectifs ci-dessus. Les activités qui lui sont confiées sont en rapport avec ces objectifs et avec le référentiel du CQP.',
    },
    {
      heading: 'Article 3 – Durée et horaires',
      body:
        'Le stage se déroule du {{debut}} au {{fin}}, pour une durée prévue de {{heures}} heures. Les horaires sont ceux du lieu de ' +
        'stage, dans la limite de la durée légale du travail ; sauf accord écrit des parties, le stagiaire n’est présent ni la nuit, ' +
        'ni le dimanche, ni les jours fériés.',
    },
    {
      heading: 'Article 4 – Encadrement',
      body:
        '{{tuteur}} est désigné(e) tuteur du stagiaire au sein de {{lieu}}. Il ou elle accueille le stagiaire, organise ses ' +
        'activités et évalue ses compétences aux échéances fixées par {{organisme}}, au moyen du lien personnel qui lui est adressé. ' +
        'Un référent de l’organisme de formation suit le déroulement du stage.',
    },
    {
      heading: 'Article 5 – Obligations du stagiaire',
      body:
        'Le stagiaire respecte le règlement intérieur du lieu de stage, ses règles d’hygiène et de sécurité, ainsi que ses horaires. ' +
        'Il est tenu au secret professionnel et à une stricte confidentialité sur toutes les informations relatives aux patients ' +
        'dont il a connaissance pendant le stage.',
    },
    {
      heading: 'Article 6 – Assurance et responsabilité civile',
      body:
        '{{organisme}} et {{lieu}} déclarent être assurés au titre de leur responsabilité civile. Le stagiaire reste couvert contre ' +
        'les accidents du travail et de trajet dans les conditions de sa formation ; tout accident survenu pendant le stage est ' +
        'signalé sans délai à l’organisme de formation, qui effectue la déclaration.',
    },
    {
      heading: 'Article 7 – Absences',
      body:
        'Toute absence est signalée le jour même au tuteur et à l’organisme de formation, et justifiée dans les 48 heures. Les ' +
        'absences non justifiées peuvent entraîner la fin anticipée du stage.',
    },
    { heading: 'Article 8 – Gratification', body: '{{gratification}}' },
    {
      heading: 'Article 9 – Fin anticipée',
      body:
        'En cas de manquement grave de l’une des parties ou d’impossibilité de poursuivre le stage, il peut y être mis fin après ' +
        'concertation entre les trois parties, par écrit. L’organisme de formation en est informé sans délai.',
    },
    {
      heading: 'Article 10 – Attestation de stage',
      body: 'À la fin du stage, {{lieu}} remet au stagiaire une attestation indiquant la durée effective du stage.',
    },
    {
      heading: 'Article 11 – Signature et modifications',
      body:
        'La présente convention est signée électroniquement par chacune des trois parties au moyen d’un lien personnel. Une fois ' +
        'signée, elle ne peut être modifiée que par un avenant, signé à son tour par les trois parties.',
    },
  ],
};
