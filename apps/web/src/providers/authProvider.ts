import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { authApi } from '../api/auth';
import type { Me } from '../api/types';

/** The signed-in user, cached after login or the first /auth/me call. */
let current: Me | null = null;

async function loadMe(): Promise<Me | null> {
  current ??= await authApi.me();
  return current;
}

export interface Identity extends UserIdentity {
  email: string;
  role: Me['role'];
  schoolName: string | null;
}

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    current = await authApi.login(email, password);
  },
  async logout() {
    current = null;
    await authApi.logout().catch(() => undefined);
  },
  async checkAuth() {
    // `message: false`: going to the login page needs no notification.
    if (!(await loadMe())) throw { message: false };
  },
  async checkError(error: unknown) {
    if (error instanceof HttpError && error.status === 401) {
      current = null;
      throw error;
    }
  },
  async getPermissions() {
    // Never rejects: public pages (invitation, reset) ask for permissions without a session.
    const me = await loadMe().catch(() => null);
    return me?.role;
  },
  async getIdentity(): Promise<Identity> {
    const me = await loadMe();
    if (!me) throw new HttpError('ra.auth.auth_check_error', 401);
    return { id: me.id, fullName: me.fullName, email: me.email, role: me.role, schoolName: me.schoolName };
  },
};
