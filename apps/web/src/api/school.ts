import { api, call } from './client';
import type { components } from './schema';

export type SchoolProfile = components['schemas']['SchoolProfileResponse'];
export type SchoolProfileInput = components['schemas']['SchoolProfileRequest'];

/** The school's letterhead, printed on its documents: read by the staff, set by the school administrator. */
export const schoolApi = {
  profile: () => call(api.GET('/api/v1/school/profile')),
  update: (body: SchoolProfileInput) => call(api.PUT('/api/v1/school/profile', { body })),
};

export const schoolKeys = { profile: ['school', 'profile'] as const };
