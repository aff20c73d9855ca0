import { HttpError } from 'react-admin';
import type { HttpErrorBody } from '../../../api/errors';

/** The form field each refusal of the placement rules is about (the API names the rule, not the field). */
const FIELD_OF: Record<string, string> = {
  PLACEMENT_OVERLAP: 'startOn',
  PLACEMENT_OUTSIDE_COHORT: 'startOn',
  PLACEMENT_END_BEFORE_START: 'endOn',
  PLACEMENT_INVALID_HOURS: 'plannedHours',
  HOST_SITE_FULL: 'hostSiteId',
};

/** Rejects like `request`, with the message of a placement rule shown under its field as well as in the form's alert. */
export async function withPlacementFields<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const body = error.body as HttpErrorBody | undefined;
    const field = body && FIELD_OF[body.code];
    if (!field || body.errors) throw error;
    throw new HttpError(error.message, error.status, { ...body, errors: { [field]: error.message, root: { serverError: error.message } } });
  }
}
