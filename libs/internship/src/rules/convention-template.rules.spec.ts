import fc from 'fast-check';
import {
  CONVENTION_PLACEHOLDERS,
  ConventionPlaceholder,
  DEFAULT_CONVENTION_TEMPLATE,
  gratificationDue,
  gratificationText,
  PlaceholderValues,
  renderArticles,
  unknownPlaceholders,
} from './convention-template.rules';

const values: PlaceholderValues = {
  organisme: 'École Santé Lyon',
  stagiaire: 'Léa Martin',
  lieu: 'Cabinet des Lilas',
  tuteur: 'Dr Paul Girard',
  debut: '01/02/2027',
  fin: '12/02/2027',
  heures: '70',
  gratification: 'Aucune.',
};
const names = Object.keys(CONVENTION_PLACEHOLDERS) as ConventionPlaceholder[];

describe('convention template placeholders', () => {
  it('fills every known placeholder, with or without spaces inside the braces', () => {
    const [article] = renderArticles(
      [{ heading: 'Entre {{ organisme }} et {{lieu}}', body: '{{stagiaire}} du {{debut}} au {{fin}}' }],
      values,
    );
    expect(article).toEqual({ heading: 'Entre École Santé Lyon et Cabinet des Lilas', body: 'Léa Martin du 01/02/2027 au 12/02/2027' });
  });

  it('names each unknown placeholder once, in order, and refuses to render them', () => {
    const articles = [
      { heading: '{{ville}}', body: '{{lieu}} {{Stagiaire}} {{ville}}' },
      { heading: 'x', body: '{{}} {{date du jour}}' },
    ];
    expect(unknownPlaceholders(articles)).toEqual(['ville', 'Stagiaire', '', 'date du jour']);
    expect(() => renderArticles(articles, values)).toThrow('Champ inconnu dans le modèle : {{ville}}.');
  });

  it('renders the default template completely: no braces left, every value present', () => {
    expect(unknownPlaceholders(DEFAULT_CONVENTION_TEMPLATE.articles)).toEqual([]);
    const text = renderArticles(DEFAULT_CONVENTION_TEMPLATE.articles, values)
      .map((a) => `${a.heading} ${a.body}`)
      .join('\n');
    expect(text).not.toMatch(/\{\{|\}\}/);
    for (const name of names) expect(text).toContain(values[name]);
    expect(DEFAULT_CONVENTION_TEMPLATE.articles.map((a) => a.heading)).toEqual(
      expect.arrayContaining(['Article 6 – Assurance et responsabilité civile', 'Article 8 – Gratification', 'Article 9 – Fin anticipée']),
    );
  });

  it('property: text without braces is left as it is, and a known placeholder always becomes its value', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[{}]/.test(s)),
        fc.constantFrom(...names),
        (text, name) => {
          const [a] = renderArticles([{ heading: text, body: `${text}{{${name}}}${text}` }], values);
          expect(a).toEqual({ heading: text, body: `${text}${values[name]}${text}` });
        },
      ),
    );
  });

  it('property: a name outside the list is always reported', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[{}]/.test(s) && !Object.hasOwn(CONVENTION_PLACEHOLDERS, s.trim())),
        (name) => expect(unknownPlaceholders([{ heading: '', body: `{{${name}}}` }])).toEqual([name.trim()]),
      ),
    );
  });
});

describe('gratification', () => {
  it('is due beyond two months of presence (308 hours), not at 308', () => {
    expect(gratificationDue(308)).toBe(false);
    expect(gratificationDue(309)).toBe(true);
    expect(gratificationText(70)).toMatch(/^La durée du stage n’excédant pas deux mois/);
    expect(gratificationText(400)).toMatch(/verse au stagiaire une gratification/);
    expect(() => gratificationDue(0)).toThrow(RangeError);
    expect(() => gratificationDue(1.5)).toThrow(RangeError);
  });
});
