import type { APIRequestContext } from '@playwright/test';
import type { ApplicationInput, ApplicationReceipt, CertificationVersion, ExemptionTable, Intake } from '../src/api/types';
import { json } from './training.api';

/** Admissions set-up through the API, as the app would call it. */

/** An application to the first open session of the demo school (no document yet), as the public form sends it. */
export async function applyThroughApi(request: APIRequestContext, email: string): Promise<ApplicationReceipt> {
  const [intake] = await json<Intake[]>(await request.get('/api/v1/public/schools/demo/intakes'));
  const body: ApplicationInput = {
    schoolSlug: 'demo',
    cohortId: intake!.cohortId,
    lastName: 'Garnier',
    firstName: 'Manon',
    email,
    situation: 'care_assistant',
    diplomas: ['deas'],
    secretaryExperienceYears: 0,
    fundingPath: 'cpf',
    vae: false,
  };
  return json<ApplicationReceipt>(await request.post('/api/v1/public/applications', { data: body }));
}

/** The version the rules page opens on (the one registered last) and its exemption table back to the referential's. */
export async function resetExemptionTable(adminApi: APIRequestContext): Promise<ExemptionTable> {
  const versions = await json<CertificationVersion[]>(await adminApi.get('/api/v1/referential/versions'));
  const [latest] = [...versions].sort((a, b) => b.code.localeCompare(a.code));
  return json<ExemptionTable>(
    await adminApi.post(`/api/v1/referential/versions/${latest!.id}/exemption-table/reset`, { data: { reason: 'Remise à zéro du test' } }),
  );
}
