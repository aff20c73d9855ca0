import { randomUUID } from 'node:crypto';
import { pdf } from '../fixtures/files';
import { TestApp } from '../support/test-app';

/** What a candidate sends on the public form: a DEAS holder applying with CPF funding, unless told otherwise. */
export function candidateForm(schoolSlug: string, cohortId: string, over: Record<string, unknown> = {}) {
  return {
    schoolSlug,
    cohortId,
    lastName: 'Durand',
    firstName: 'Zoé',
    email: `cand.${randomUUID().slice(0, 8)}@example.fr`,
    situation: 'care_assistant',
    diplomas: ['deas'],
    secretaryExperienceYears: 0,
    fundingPath: 'cpf',
    vae: false,
    ...over,
  };
}

/** Applies through the public form and returns the candidate's e-mail and the secret of the link e-mailed to them. */
export async function apply(t: TestApp, form: ReturnType<typeof candidateForm>): Promise<{ email: string; token: string }> {
  const res = await t.http().post('/api/v1/public/applications').send(form);
  if (res.status !== 201) throw new Error(`apply: ${res.status} ${JSON.stringify(res.body)}`);
  const token = (await t.delivered(form.email)).text.match(/\/candidature\/([A-Za-z0-9_-]+)/)![1];
  return { email: form.email, token };
}

/** Uploads a PDF for every document the checklist asks (or for `only`), then, if told, submits the file. */
export async function uploadAsked(t: TestApp, token: string, options: { only?: string[]; submit?: boolean } = {}): Promise<void> {
  const asked: string[] = (await t.http().get(`/api/v1/public/applications/${token}`)).body.checklist.map((c: { kind: string }) => c.kind);
  for (const kind of options.only ?? asked) {
    await t
      .http()
      .put(`/api/v1/public/applications/${token}/documents/${kind}`)
      .set('content-type', 'application/pdf')
      .send(pdf())
      .expect(200);
  }
  if (options.submit) await t.http().post(`/api/v1/public/applications/${token}/submit`).expect(200);
}
