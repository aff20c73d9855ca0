import fc from 'fast-check';
import { CandidateProfile, FundingPath } from './candidate';
import {
  allowedTypes,
  completeness,
  DOCUMENT_KINDS,
  DOCUMENT_LABELS,
  DocumentKind,
  DocumentStatus,
  explainRequiredDocuments,
  readyToSubmit,
  requiredDocuments,
} from './documents.rules';

const nurse: CandidateProfile = {
  situation: 'nurse',
  diplomas: ['dei'],
  secretaryExperienceYears: 0,
  hiredAsAssistantOn: null,
  vae: false,
  vaeExperienceHours: null,
};
const BASE: DocumentKind[] = ['cv', 'cover_letter', 'diploma'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('requiredDocuments', () => {
  it('asks a diploma holder without employer funding for the CV, the letter and the diploma only', () => {
    expect(requiredDocuments(nurse)).toEqual(BASE);
    expect(requiredDocuments(nurse, 'self')).toEqual(BASE);
    expect(requiredDocuments(nurse, 'cpf')).toEqual(BASE);
    expect(requiredDocuments(nurse, 'france_travail')).toEqual(BASE);
  });

  it('asks for proof of experience without any diploma, from a medical secretary in post, and for a VAE', () => {
    expect(requiredDocuments({ ...nurse, situation: 'other', diplomas: [], secretaryExperienceYears: 4 })).toEqual([
      ...BASE,
      'experience_proof',
    ]);
    expect(requiredDocuments({ ...nurse, situation: 'other', diplomas: [], secretaryExperienceYears: 1 })).toEqual([
      ...BASE,
      'experience_proof',
    ]);
    expect(requiredDocuments({ ...nurse, situation: 'medical_secretary', diplomas: ['level4'] })).toEqual([...BASE, 'experience_proof']);
    expect(requiredDocuments({ ...nurse, vae: true, vaeExperienceHours: 2000 })).toEqual([...BASE, 'experience_proof', 'identity']);
  });

  it('asks for the employment contract of an assistant already hired, or when an employer funds the training', () => {
    expect(requiredDocuments({ ...nurse, hiredAsAssistantOn: '2025-09-01' })).toEqual([...BASE, 'employment_contract']);
    for (const path of ['plan_developpement', 'contrat_pro', 'employer'] as const) {
      expect(requiredDocuments(nurse, path)).toEqual([...BASE, 'employment_contract']);
    }
  });

  it('asks for the AFGSU attestation the candidate declares, never otherwise', () => {
    expect(requiredDocuments({ ...nurse, afgsuIssuedOn: '2024-02-29' })).toEqual([...BASE, 'afgsu']);
    expect(requiredDocuments({ ...nurse, afgsuIssuedOn: null })).toEqual(BASE);
    expect(explainRequiredDocuments({ ...nurse, afgsuIssuedOn: '2024-02-29' })[3].reason).toContain('Gestes d’urgence');
  });

  it('lists kinds once, in checklist order, each with a French reason', () => {
    const everything = {
      ...nurse,
      situation: 'medical_secretary' as const,
      diplomas: [],
      hiredAsAssistantOn: '2025-09-01',
      vae: true,
      afgsuIssuedOn: '2025-01-10',
    };
    const explained = explainRequiredDocuments(everything, 'contrat_pro');
    expect(explained.map((d) => d.kind)).toEqual([
      'cv',
      'cover_letter',
      'diploma',
      'experience_proof',
      'identity',
      'employment_contract',
      'afgsu',
    ]);
    expect(explained.find((d) => d.kind === 'experience_proof')?.reason).toBe(
      "Sans diplôme ouvrant l'admission, votre expérience de secrétaire médicale doit être attestée.",
    );
    expect(explained.find((d) => d.kind === 'employment_contract')?.reason).toBe(
      'Vous êtes déjà embauché(e) comme assistant(e) médical(e).',
    );
    expect(explainRequiredDocuments(nurse, 'employer')).toContainEqual({
      kind: 'employment_contract',
      reason: 'Votre formation est financée par votre employeur.',
    });
  });

  it('always asks for the three base documents, never for funding documents, in DOCUMENT_KINDS order', () => {
    const profile = fc.record<CandidateProfile>({
      situation: fc.constantFrom('medical_secretary', 'nurse', 'care_assistant', 'childcare_assistant', 'job_seeker', 'other'),
      diplomas: fc.uniqueArray(fc.constantFrom('level4', 'dei', 'deas', 'deap', 'secretary_title')),
      secretaryExperienceYears: fc.integer({ min: 0, max: 30 }),
      hiredAsAssistantOn: fc.option(fc.constant('2025-01-15')),
      vae: fc.boolean(),
      vaeExperienceHours: fc.option(fc.integer({ min: 0, max: 5000 })),
    });
    const funding = fc.option(
      fc.constantFrom<FundingPath>('plan_developpement', 'contrat_pro', 'cpf', 'france_travail', 'employer', 'self'),
    );
    fc.assert(
      fc.property(profile, funding, (p, path) => {
        const kinds = requiredDocuments(p, path);
        expect(kinds.slice(0, 3)).toEqual(BASE);
        expect(kinds).not.toContain('funding');
        expect(kinds).toEqual(DOCUMENT_KINDS.filter((k) => kinds.includes(k)));
        expect(kinds.includes('identity')).toBe(p.vae);
        expect(kinds.includes('experience_proof')).toBe(p.diplomas.length === 0 || p.situation === 'medical_secretary' || p.vae);
      }),
    );
  });
});

const doc = (kind: DocumentKind, status: DocumentStatus) => ({ kind, status });

describe('completeness', () => {
  it('is complete when every required kind has an accepted document; other kinds are ignored', () => {
    expect(
      completeness(BASE, [doc('cv', 'accepted'), doc('cover_letter', 'accepted'), doc('diploma', 'accepted'), doc('funding', 'rejected')]),
    ).toEqual({
      complete: true,
      missing: [],
      rejected: [],
      pending: [],
    });
  });

  it('sorts the required kinds into missing, rejected and pending', () => {
    expect(
      completeness([...BASE, 'experience_proof'], [doc('cv', 'received'), doc('diploma', 'rejected'), doc('experience_proof', 'accepted')]),
    ).toEqual({
      complete: false,
      missing: ['cover_letter'],
      rejected: ['diploma'],
      pending: ['cv'],
    });
    expect(completeness(BASE, [])).toEqual({ complete: false, missing: BASE, rejected: [], pending: [] });
  });

  it('counts the latest document of a kind: a replacement supersedes a rejection, and the other way round', () => {
    const replaced = [doc('cv', 'accepted'), doc('cover_letter', 'accepted'), doc('diploma', 'rejected'), doc('diploma', 'received')];
    expect(completeness(BASE, replaced)).toMatchObject({ complete: false, rejected: [], pending: ['diploma'] });
    expect(completeness(BASE, [...replaced, doc('diploma', 'accepted')]).complete).toBe(true);
    expect(completeness(['cv'], [doc('cv', 'accepted'), doc('cv', 'rejected')])).toMatchObject({ complete: false, rejected: ['cv'] });
  });

  it('is complete with nothing required, and lists a kind required twice once', () => {
    expect(completeness([], [])).toEqual({ complete: true, missing: [], rejected: [], pending: [] });
    expect(completeness(['cv', 'cv'], [])).toMatchObject({ missing: ['cv'] });
  });

  it('puts each required kind in at most one list, and is complete exactly when the latest of each is accepted', () => {
    const kind = fc.constantFrom(...DOCUMENT_KINDS);
    const status = fc.constantFrom<DocumentStatus>('received', 'accepted', 'rejected');
    fc.assert(
      fc.property(fc.uniqueArray(kind), fc.array(fc.record({ kind, status })), (required, documents) => {
        const result = completeness(required, documents);
        const listed = [...result.missing, ...result.rejected, ...result.pending];
        expect(new Set(listed).size).toBe(listed.length);
        expect(listed.every((k) => required.includes(k))).toBe(true);
        const latest = (k: DocumentKind) => documents.filter((d) => d.kind === k).pop()?.status;
        expect(result.complete).toBe(required.every((k) => latest(k) === 'accepted'));
        expect(result.complete).toBe(listed.length === 0);
        expect(readyToSubmit(required, documents)).toBe(required.every((k) => latest(k) !== undefined && latest(k) !== 'rejected'));
      }),
    );
  });
});

describe('readyToSubmit', () => {
  it('lets the candidate submit with documents not yet reviewed, not with one missing or rejected', () => {
    expect(readyToSubmit(BASE, [doc('cv', 'received'), doc('cover_letter', 'received'), doc('diploma', 'accepted')])).toBe(true);
    expect(readyToSubmit(BASE, [doc('cv', 'received'), doc('cover_letter', 'received')])).toBe(false);
    expect(readyToSubmit(BASE, [doc('cv', 'received'), doc('cover_letter', 'received'), doc('diploma', 'rejected')])).toBe(false);
  });
});

describe('DOCUMENT_LABELS and allowedTypes', () => {
  it('names every kind in French', () => {
    expect(DOCUMENT_LABELS).toEqual({
      cv: 'CV',
      cover_letter: 'Lettre de motivation',
      diploma: 'Copie du diplôme',
      experience_proof: "Justificatifs d'expérience (attestations d'employeur)",
      identity: "Pièce d'identité",
      employment_contract: 'Contrat de travail',
      afgsu: 'Attestation AFGSU',
      funding: 'Justificatifs de financement',
    });
  });

  it('accepts PDF, JPEG and PNG for every kind, and DOCX for the CV and the letter only', () => {
    for (const kind of DOCUMENT_KINDS) {
      const types = allowedTypes(kind);
      expect(types.slice(0, 3)).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
      expect(types.includes(DOCX)).toBe(kind === 'cv' || kind === 'cover_letter');
    }
  });

  it('gives a fresh list each time', () => {
    allowedTypes('cv').push('text/html');
    expect(allowedTypes('cv')).not.toContain('text/html');
  });
});
