import { HttpError } from 'react-admin';
import { api, call } from './client';
import type { Me } from './types';

/** Authentication calls, used by the authProvider and the public pages. */
export const authApi = {
  login: (email: string, password: string) => call(api.POST('/api/v1/auth/login', { body: { email, password } })),
  logout: () => call(api.POST('/api/v1/auth/logout')),
  /** The current user, or null when there is no session. */
  me: async (): Promise<Me | null> => {
    try {
      return await call(api.GET('/api/v1/auth/me'));
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) return null;
      throw error;
    }
  },
  invitation: (token: string) => call(api.GET('/api/v1/auth/invitations/{token}', { params: { path: { token } } })),
  acceptInvitation: (token: string, password: string) =>
    call(api.POST('/api/v1/auth/invitations/{token}/accept', { params: { path: { token } }, body: { password } })),
  requestPasswordReset: (email: string) => call(api.POST('/api/v1/auth/password-reset', { body: { email } })),
  resetPassword: (token: string, password: string) =>
    call(api.POST('/api/v1/auth/password-reset/{token}', { params: { path: { token } }, body: { password } })),
};
