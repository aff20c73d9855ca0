import { randomUUID } from 'node:crypto';
import { pdf } from '../fixtures/files';
import { TestApp } from '../support/test-app';
import { candidateForm } from './candidate-form';

export { candidateForm };

/** Applies through the public form and returns the candidate's e-mail and the secret of the link e-mailed to them. */
export async function apply(t: TestApp, form: ReturnType<typeof candidateForm>): Promise<{ email: string; token: string }> {
  const res = await t.http().post('/api/v1/public/applications').send(form);
  if (res.status !== 201) throw new Error(`apply: ${res.status} ${JSON.stringify(res.body)}`);
  const token = (await t.delivered(form.email)).text.match(/\/candidature\/([A-Za-z0-9_-]+)/)![1];
  return { email: form.email, token };
}

/** Uploads a PDF (each a different file) for every document the checklist asks (or for `only`), then, if told, submits the file. */
export async function uploadAsked(t: TestApp, token: string, options: { only?: string[]; submit?: boolean } = {}): Promise<void> {
  const asked: string[] = (await t.http().get(`/api/v1/public/applications/${token}`)).body.checklist.map((c: { kind: string }) => c.kind);
  for (const kind of options.only ?? asked) {
    await t
      .http()
      .put(`/api/v1/public/applications/${token}/documents/${kind}`)
      .set('content-type', 'application/pdf')
      .send(pdf(`% ${kind} ${randomUUID()}\n`))
      .expect(200);
  }
  if (options.submit) await t.http().post(`/api/v1/public/applications/${token}/submit`).expect(200);
}
