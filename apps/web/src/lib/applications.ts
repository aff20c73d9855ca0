import type {
  AfgsuLevel,
  ApplicationFilter,
  ApplicationStatus,
  ApplicationSummary,
  Diploma,
  Eligibility,
  FundingPath,
  InterviewOutcome,
  Situation,
} from '../api/types';
import { parisOffset } from './dates';

/** Choices of the application form, in the order shown; their labels are in fr.ts under the given prefix. */
export const SITUATIONS: readonly Situation[] = [
  'medical_secretary',
  'nurse',
  'care_assistant',
  'childcare_assistant',
  'job_seeker',
  'other',
];
export const DIPLOMAS: readonly Diploma[] = ['level4', 'dei', 'deas', 'deap', 'secretary_title'];
export const FUNDING_PATHS: readonly FundingPath[] = ['plan_developpement', 'contrat_pro', 'cpf', 'france_travail', 'employer', 'self'];
export const AFGSU_LEVELS: readonly AfgsuLevel[] = [1, 2];

export const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

/** Document kinds that may also be a Word file (the API reads the real type from the content). */
const WORD_KINDS = ['cv', 'cover_letter'];
export const acceptsWord = (kind: string) => WORD_KINDS.includes(kind);

/** The `accept` of the file picker for a document kind. */
export function acceptFor(kind: string): string {
  const types = ['.pdf', '.jpg', '.jpeg', '.png', 'application/pdf', 'image/jpeg', 'image/png'];
  if (acceptsWord(kind)) types.push('.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  return types.join(',');
}

/** Statuses in which the candidate may still add or replace documents (the API refuses it otherwise). */
const OPEN_STATUSES = ['draft', 'submitted', 'incomplete'];
export const isFileOpen = (status: string) => OPEN_STATUSES.includes(status);

/** Statuses of an application, in the order of the process (labels under `app.applicationStatus`). */
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'draft',
  'submitted',
  'incomplete',
  'complete',
  'interview_scheduled',
  'interviewed',
  'admitted',
  'waiting_list',
  'refused',
  'enrolled',
  'withdrawn',
];

/** Where a file stands against the admission conditions (labels under `app.eligibility`), as the list filters it. */
export const ELIGIBILITIES: readonly Eligibility[] = ['eligible', 'not_eligible', 'overridden'];

export const eligibilityOf = (a: Pick<ApplicationSummary, 'eligible' | 'eligibilityOverride'>): Eligibility =>
  a.eligible ? 'eligible' : a.eligibilityOverride ? 'overridden' : 'not_eligible';

/** The « Pièces manquantes » filter's choices: react-admin keeps them as text, the API wants a boolean. */
export const MISSING_DOCUMENTS_CHOICES = [
  { id: 'true', name: 'app.admissions.missing_yes' },
  { id: 'false', name: 'app.admissions.missing_no' },
];

/** The list's filters (react-admin's form values) as the API's query: the same for the list and its CSV export. */
export function applicationFilter(values: Record<string, unknown>): ApplicationFilter {
  const text = (key: string) => {
    const value = values[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const missing = text('missingDocuments');
  return {
    q: text('q'),
    status: text('status') as ApplicationStatus | undefined,
    cohortId: text('cohortId'),
    missingDocuments: missing === undefined ? undefined : missing === 'true',
    eligibility: text('eligibility') as Eligibility | undefined,
  };
}

export const INTERVIEW_OUTCOMES: readonly InterviewOutcome[] = ['favourable', 'reserved', 'unfavourable'];

/** Statuses that end the process badly, whose buttons are shown in red. */
const NEGATIVE_STATUSES: readonly string[] = ['refused', 'withdrawn'];
export const isNegativeStatus = (status: string) => NEGATIVE_STATUSES.includes(status);

/** "YYYY-MM-DDTHH:MM" typed in Paris → ISO 8601 with Paris's offset that day, e.g. "2027-01-05T09:30:00+01:00". */
export function parisLocalToIso(local: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  if (!match) return null;
  const [, day, time] = match;
  return `${day}T${time}:00${parisOffset(day!)}`;
}
