import fc from 'fast-check';
import {
  Actor,
  allowedActors,
  ApplicationStatus,
  checkTransition,
  FINAL_STATUSES,
  isFinal,
  STATUS_LABELS,
  TRANSITIONS,
  TransitionContext,
} from './application-status.rules';

const STATUSES = Object.keys(STATUS_LABELS) as ApplicationStatus[];
const ACTORS: Actor[] = ['candidate', 'staff'];
const ALL_MET: TransitionContext = { complete: true, eligible: true, eligibilityOverridden: false, interviewOutcomeRecorded: true };
const NOTHING_MET: TransitionContext = { complete: false, eligible: false, eligibilityOverridden: false, interviewOutcomeRecorded: false };

/** The workflow written out independently of TRANSITIONS: every allowed (from, to, actor). */
const ALLOWED = new Set([
  'draft submitted candidate',
  'submitted incomplete staff',
  'submitted complete staff',
  'incomplete complete staff',
  'incomplete submitted candidate',
  'complete incomplete staff',
  'complete interview_scheduled staff',
  'complete refused staff',
  'interview_scheduled interviewed staff',
  'interviewed admitted staff',
  'interviewed waiting_list staff',
  'interviewed refused staff',
  'waiting_list admitted staff',
  'waiting_list refused staff',
  'admitted enrolled staff',
  ...['draft', 'submitted', 'incomplete', 'complete', 'interview_scheduled', 'interviewed', 'waiting_list', 'admitted'].flatMap((from) => [
    `${from} withdrawn candidate`,
    `${from} withdrawn staff`,
  ]),
]);

describe('TRANSITIONS', () => {
  it('has a list for every status and only moves to other known statuses', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUSES].sort());
    for (const [from, targets] of Object.entries(TRANSITIONS)) {
      expect(targets).not.toContain(from);
      expect(targets.every((t) => STATUSES.includes(t))).toBe(true);
    }
  });

  it('leaves the final statuses empty, and only them', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['enrolled', 'refused', 'withdrawn']);
    for (const status of STATUSES) expect(TRANSITIONS[status].length === 0).toBe(isFinal(status));
  });

  it('reaches every status from a draft', () => {
    const reached = new Set<ApplicationStatus>(['draft']);
    for (let grew = true; grew;) {
      grew = false;
      for (const from of [...reached]) for (const to of TRANSITIONS[from]) if (!reached.has(to)) grew = Boolean(reached.add(to));
    }
    expect([...reached].sort()).toEqual([...STATUSES].sort());
  });

  it('labels every status in French', () => {
    expect(STATUS_LABELS).toEqual({
      draft: 'Brouillon',
      submitted: 'Déposée',
      incomplete: 'Incomplète',
      complete: 'Complète',
      interview_scheduled: 'Entretien programmé',
      interviewed: 'Entretien réalisé',
      admitted: 'Admise',
      waiting_list: "Sur liste d'attente",
      refused: 'Refusée',
      enrolled: 'Entrée en formation',
      withdrawn: 'Retirée',
    });
  });
});

describe('checkTransition', () => {
  const triples = STATUSES.flatMap((from) => STATUSES.flatMap((to) => ACTORS.map((actor) => [from, to, actor] as const)));

  it.each(triples)('%s → %s by %s: allowed exactly as the workflow says', (from, to, actor) => {
    const allowed = ALLOWED.has(`${from} ${to} ${actor}`);
    const check = checkTransition(from, to, actor, ALL_MET);
    expect(check.ok).toBe(allowed);
    expect(allowedActors(from, to).includes(actor)).toBe(allowed);
    expect(TRANSITIONS[from].includes(to)).toBe(ALLOWED.has(`${from} ${to} candidate`) || ALLOWED.has(`${from} ${to} staff`));
    if (!allowed) expect(checkTransition(from, to, actor, NOTHING_MET)).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('explains a refused move in French', () => {
    expect(checkTransition('draft', 'admitted', 'staff', ALL_MET)).toEqual({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      message: 'Une candidature ne peut pas passer de « Brouillon » à « Admise ».',
    });
    expect(checkTransition('submitted', 'complete', 'candidate', ALL_MET)).toEqual({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      message: "Seule l'équipe de l'école peut faire passer une candidature de « Déposée » à « Complète ».",
    });
    expect(checkTransition('draft', 'submitted', 'staff', ALL_MET)).toEqual({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      message: 'Seul le candidat ou la candidate peut faire passer une candidature de « Brouillon » à « Déposée ».',
    });
    expect(checkTransition('enrolled', 'withdrawn', 'staff', ALL_MET)).toEqual({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      message: 'La candidature est « Entrée en formation » : son statut ne peut plus changer.',
    });
    expect(checkTransition('complete', 'complete', 'staff', ALL_MET)).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('refuses to submit, re-submit or declare complete with documents missing or rejected', () => {
    const missing = { ...ALL_MET, complete: false };
    const refusal = {
      ok: false,
      code: 'DOCUMENTS_MISSING',
      message: 'Des pièces obligatoires manquent ou ont été refusées : ajoutez-les ou remplacez-les avant de continuer.',
    };
    expect(checkTransition('draft', 'submitted', 'candidate', missing)).toEqual(refusal);
    expect(checkTransition('incomplete', 'submitted', 'candidate', missing)).toEqual(refusal);
    expect(checkTransition('submitted', 'complete', 'staff', missing)).toEqual(refusal);
    expect(checkTransition('incomplete', 'complete', 'staff', missing)).toEqual(refusal);
    expect(checkTransition('submitted', 'incomplete', 'staff', missing)).toEqual({ ok: true });
    expect(checkTransition('draft', 'withdrawn', 'candidate', missing)).toEqual({ ok: true });
  });

  it('needs eligibility or an override to schedule the interview and to admit', () => {
    const notEligible = { ...ALL_MET, eligible: false };
    const overridden = { ...notEligible, eligibilityOverridden: true };
    expect(checkTransition('complete', 'interview_scheduled', 'staff', notEligible)).toEqual({
      ok: false,
      code: 'NOT_ELIGIBLE',
      message: "L'entretien demande de remplir les conditions d'admission (prérequis) ou une dérogation justifiée de l'école.",
    });
    expect(checkTransition('interviewed', 'admitted', 'staff', notEligible)).toEqual({
      ok: false,
      code: 'NOT_ELIGIBLE',
      message: "L'admission demande de remplir les conditions d'admission (prérequis) ou une dérogation justifiée de l'école.",
    });
    expect(checkTransition('waiting_list', 'admitted', 'staff', notEligible)).toMatchObject({ code: 'NOT_ELIGIBLE' });
    for (const [from, to] of [
      ['complete', 'interview_scheduled'],
      ['interviewed', 'admitted'],
      ['waiting_list', 'admitted'],
    ] as const) {
      expect(checkTransition(from, to, 'staff', overridden)).toEqual({ ok: true });
    }
    expect(checkTransition('interviewed', 'waiting_list', 'staff', notEligible)).toEqual({ ok: true });
    expect(checkTransition('interviewed', 'refused', 'staff', notEligible)).toEqual({ ok: true });
    expect(checkTransition('complete', 'refused', 'staff', notEligible)).toEqual({ ok: true });
  });

  it('needs the interview outcome before marking it done', () => {
    expect(checkTransition('interview_scheduled', 'interviewed', 'staff', { ...ALL_MET, interviewOutcomeRecorded: false })).toEqual({
      ok: false,
      code: 'INTERVIEW_NOT_DONE',
      message: "Renseignez le résultat de l'entretien avant de le marquer comme réalisé.",
    });
  });

  it('checks the table and the actor before any condition', () => {
    expect(checkTransition('draft', 'submitted', 'staff', NOTHING_MET)).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect(checkTransition('interviewed', 'admitted', 'candidate', NOTHING_MET)).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  const status = fc.constantFrom(...STATUSES);
  const actor = fc.constantFrom(...ACTORS);
  const context = fc.record({
    complete: fc.boolean(),
    eligible: fc.boolean(),
    eligibilityOverridden: fc.boolean(),
    interviewOutcomeRecorded: fc.boolean(),
  });

  it('never moves out of a final status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FINAL_STATUSES), status, actor, context, (from, to, who, ctx) => {
        expect(checkTransition(from, to, who, ctx)).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' });
      }),
    );
  });

  it('is ok only for a move of the table by one of its actors, and then exactly when its condition holds', () => {
    fc.assert(
      fc.property(status, status, actor, context, (from, to, who, ctx) => {
        const check = checkTransition(from, to, who, ctx);
        const eligible = ctx.eligible || ctx.eligibilityOverridden;
        const condition =
          to === 'submitted' || to === 'complete'
            ? ctx.complete
            : to === 'interview_scheduled' || to === 'admitted'
              ? eligible
              : to === 'interviewed'
                ? ctx.interviewOutcomeRecorded
                : true;
        expect(check.ok).toBe(ALLOWED.has(`${from} ${to} ${who}`) && condition);
      }),
      { numRuns: 2000 },
    );
  });

  it('lets the candidate or the staff withdraw any application not yet final, whatever the context', () => {
    fc.assert(
      fc.property(status, actor, context, (from, who, ctx) => {
        expect(checkTransition(from, 'withdrawn', who, ctx).ok).toBe(!isFinal(from));
      }),
    );
  });
});
