import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { Role } from '../accounts/role';
import { AppError } from '../http/app-error';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { SessionsService } from './sessions.service';

export const SESSION_COOKIE = 'cqp_session';

/**
 * Global guard, deny by default: a route is reachable only if marked @Public() or if the caller's
 * session is valid and their role is listed in @Roles(...).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = ctx.switchToHttp().getRequest<FastifyRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    const caller = token ? await this.sessions.resolve(token) : null;
    if (!caller) throw new AppError(401, 'UNAUTHENTICATED', 'Votre session a expiré ou vous n’êtes pas connecté : connectez-vous.');
    request.caller = caller;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(caller.role)) throw new AppError(403, 'FORBIDDEN', "Votre rôle ne permet pas d'accéder à cette ressource.");
    return true;
  }
}
