import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@app/platform';
import { ConventionSigningService } from './convention-signing.service';
import { PublicSignatureResponse, SignConventionRequest } from './dto/convention.dto';
import { pdfReply } from './pdf-reply';

/** Signing a convention through a magic link: no session; the link opens one party of one convention version. */
@ApiTags('public')
@Controller('public/signatures/:token')
@Public()
export class PublicSignaturesController {
  constructor(private readonly signing: ConventionSigningService) {}

  @Get()
  @ApiOperation({
    summary: 'What the link asks to sign: the convention’s summary, the party, its status and who signed (404/403/410 on a bad link)',
  })
  @ApiOkResponse({ type: PublicSignatureResponse })
  view(@Param('token') token: string): Promise<PublicSignatureResponse> {
    return this.signing.view(token);
  }

  @Get('pdf')
  @ApiOperation({ summary: 'The PDF of the convention to sign' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return pdfReply(reply, await this.signing.pdf(token));
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign for the link’s party (name and consent); IP and browser kept; the link is then used up' })
  @ApiOkResponse({ type: PublicSignatureResponse })
  sign(
    @Param('token') token: string,
    @Body() body: SignConventionRequest,
    @Req() request: FastifyRequest,
  ): Promise<PublicSignatureResponse> {
    return this.signing.sign(token, body, { ip: request.ip, userAgent: request.headers['user-agent'] ?? '' });
  }
}
