import { Role } from '../accounts/role';

/** Who is calling: resolved from the session cookie by the AuthGuard. */
export interface Caller {
  accountId: string;
  sessionId: string;
  schoolId: string | null;
  role: Role;
  email: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}
