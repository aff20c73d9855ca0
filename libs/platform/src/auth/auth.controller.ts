import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ALL_ROLES } from '../accounts/role';
import { AppConfig } from '../config/app-config';
import { CurrentCaller, Public, Roles } from './auth.decorators';
import { SESSION_COOKIE } from './auth.guard';
import { AuthService } from './auth.service';
import { Caller } from './caller';
import { InvitationResponse, LoginRequest, MeResponse, NewPasswordRequest, PasswordResetRequest } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in with e-mail and password; sets the httpOnly session cookie' })
  @ApiOkResponse({ type: MeResponse })
  async login(
    @Body() body: LoginRequest,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeResponse> {
    const { session, me } = await this.auth.login(body.email, body.password, { ip: req.ip, userAgent: req.headers['user-agent'] });
    void reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      secure: this.config.COOKIE_SECURE,
      sameSite: 'strict',
      path: '/',
      expires: session.expiresAt,
    });
    return me;
  }

  @Post('logout')
  @Roles(...ALL_ROLES)
  @HttpCode(204)
  @ApiOperation({ summary: 'Log out: the session is revoked on the server and the cookie cleared' })
  @ApiNoContentResponse()
  async logout(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(caller);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The logged-in account' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentCaller() caller: Caller): Promise<MeResponse> {
    return this.auth.me(caller.accountId);
  }

  @Get('invitations/:token')
  @Public()
  @ApiOperation({ summary: 'Who an invitation link is for (404 unknown, 410 used or expired)' })
  @ApiOkResponse({ type: InvitationResponse })
  invitation(@Param('token') token: string): Promise<InvitationResponse> {
    return this.auth.describeInvitation(token);
  }

  @Post('invitations/:token/accept')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Choose a password and activate the invited account' })
  @ApiNoContentResponse()
  accept(@Param('token') token: string, @Body() body: NewPasswordRequest): Promise<void> {
    return this.auth.acceptInvitation(token, body.password);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask for a password reset link (same answer whether or not the e-mail exists)' })
  @ApiAcceptedResponse()
  async requestReset(@Body() body: PasswordResetRequest): Promise<void> {
    await this.auth.requestPasswordReset(body.email);
  }

  @Post('password-reset/:token')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with a reset link; every open session is ended' })
  @ApiNoContentResponse()
  reset(@Param('token') token: string, @Body() body: NewPasswordRequest): Promise<void> {
    return this.auth.resetPassword(token, body.password);
  }
}
