/** Where an application stands, from the candidate's draft to their entry into training. */
export type ApplicationStatus =
  | 'draft'
  | 'submitted'
  | 'incomplete'
  | 'complete'
  | 'interview_scheduled'
  | 'interviewed'
  | 'admitted'
  | 'waiting_list'
  | 'refused'
  | 'enrolled'
  | 'withdrawn';

/** Who asks for a move: the candidate (through their link) or the school's staff. */
export type Actor = 'candidate' | 'staff';

/** Statuses an application never leaves. */
export const FINAL_STATUSES: readonly ApplicationStatus[] = ['enrolled', 'refused', 'withdrawn'];

/**
 * The allowed moves from each status. Besides the main path, the candidate or the staff may withdraw any application
 * not yet final, a complete file goes back to incomplete when staff reject one of its documents after all, and staff
 * may refuse a complete file without an interview (after the file review, e.g. a candidate
 * who is not eligible and whom nobody vouches for).
 */
export const TRANSITIONS: Record<ApplicationStatus, ApplicationStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['incomplete', 'complete', 'withdrawn'],
  incomplete: ['complete', 'submitted', 'withdrawn'],
  complete: ['incomplete', 'interview_scheduled', 'refused', 'withdrawn'],
  interview_scheduled: ['interviewed', 'withdrawn'],
  interviewed: ['admitted', 'waiting_list', 'refused', 'withdrawn'],
  waiting_list: ['admitted', 'refused', 'withdrawn'],
  admitted: ['enrolled', 'withdrawn'],
  refused: [],
  enrolled: [],
  withdrawn: [],
};

/** French labels of the statuses (of « la candidature »), for the candidate's page and the staff list. */
export const STATUS_LABELS: Record<ApplicationStatus, string> = {
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
};

/** Whether an application in this status can no longer move. */
export function isFinal(status: ApplicationStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/**
 * Who may make an allowed move: the candidate submits (from a draft, or again once an incomplete file is mended);
 * the candidate or the staff withdraw; the staff make every other move. Empty when the move is not in TRANSITIONS.
 */
export function allowedActors(from: ApplicationStatus, to: ApplicationStatus): Actor[] {
  if (!TRANSITIONS[from].includes(to)) return [];
  if (to === 'withdrawn') return ['candidate', 'staff'];
  return to === 'submitted' ? ['candidate'] : ['staff'];
}

/**
 * What checkTransition needs to know of the application:
 * - `complete`: every required document kind has a latest document that is not rejected (received or accepted; see
 *   readyToSubmit), needed to submit and to declare the file complete;
 * - `eligible` / `eligibilityOverridden`: checkEligibility's result, or a staff override with a justification; either
 *   is needed to schedule the interview and to admit;
 * - `interviewOutcomeRecorded`: the interview's outcome is written down, needed to mark it done.
 */
export interface TransitionContext {
  complete: boolean;
  eligible: boolean;
  eligibilityOverridden: boolean;
  interviewOutcomeRecorded: boolean;
}

export type TransitionCheck =
  | { ok: true }
  | { ok: false; code: 'TRANSITION_NOT_ALLOWED' | 'DOCUMENTS_MISSING' | 'NOT_ELIGIBLE' | 'INTERVIEW_NOT_DONE'; message: string };

/**
 * Whether `actor` may move an application from `from` to `to`, first problem found: the move is not in TRANSITIONS
 * (staying in the same status included) or not for this actor; then its condition (see TransitionContext).
 */
export function checkTransition(from: ApplicationStatus, to: ApplicationStatus, actor: Actor, context: TransitionContext): TransitionCheck {
  const move = `de « ${STATUS_LABELS[from]} » à « ${STATUS_LABELS[to]} »`;
  if (isFinal(from)) return notAllowed(`La candidature est « ${STATUS_LABELS[from]} » : son statut ne peut plus changer.`);
  const actors = allowedActors(from, to);
  if (actors.length === 0) return notAllowed(`Une candidature ne peut pas passer ${move}.`);
  if (!actors.includes(actor)) {
    const who = actors.includes('candidate') ? 'Seul le candidat ou la candidate' : "Seule l'équipe de l'école";
    return notAllowed(`${who} peut faire passer une candidature ${move}.`);
  }
  if ((to === 'submitted' || to === 'complete') && !context.complete) {
    const message = 'Des pièces obligatoires manquent ou ont été refusées : ajoutez-les ou remplacez-les avant de continuer.';
    return { ok: false, code: 'DOCUMENTS_MISSING', message };
  }
  if ((to === 'interview_scheduled' || to === 'admitted') && !context.eligible && !context.eligibilityOverridden) {
    const step = to === 'admitted' ? "L'admission" : "L'entretien";
    const message = `${step} demande de remplir les conditions d'admission (prérequis) ou une dérogation justifiée de l'école.`;
    return { ok: false, code: 'NOT_ELIGIBLE', message };
  }
  if (to === 'interviewed' && !context.interviewOutcomeRecorded) {
    return { ok: false, code: 'INTERVIEW_NOT_DONE', message: "Renseignez le résultat de l'entretien avant de le marquer comme réalisé." };
  }
  return { ok: true };
}

function notAllowed(message: string): TransitionCheck {
  return { ok: false, code: 'TRANSITION_NOT_ALLOWED', message };
}
