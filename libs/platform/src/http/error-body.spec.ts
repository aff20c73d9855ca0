import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { toErrorBody } from './error-body';
import { JSON_TOO_DEEP } from './json-depth.rules';

describe('toErrorBody', () => {
  it('keeps the code and message of an AppError', () => {
    const { body, internal } = toErrorBody(new AppError(409, 'EMAIL_TAKEN', 'Déjà pris.', { email: ['x'] }));
    expect(body).toEqual({ statusCode: 409, code: 'EMAIL_TAKEN', message: 'Déjà pris.', errors: { email: ['x'] } });
    expect(internal).toBe(false);
  });

  it('gives plain HTTP exceptions a stable code and a French message', () => {
    expect(toErrorBody(new NotFoundException()).body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'Ressource introuvable.' });
    expect(toErrorBody(new BadRequestException('anything')).body.code).toBe('BAD_REQUEST');
  });

  it('maps Fastify body errors, also when Nest wraps them', () => {
    const fst = Object.assign(new Error('bad json'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 });
    expect(toErrorBody(fst).body.code).toBe('MALFORMED_JSON');
    const wrapped = new HttpException('x', 413, {
      cause: Object.assign(new Error('big'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }),
    });
    expect(toErrorBody(wrapped).body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('maps the router refusals and a body nested too deep', () => {
    const bad = Object.assign(new Error("'/api/v1/x/%ZZ' is not a valid url component"), { code: 'FST_ERR_BAD_URL', statusCode: 400 });
    expect(toErrorBody(bad)).toEqual({ body: { statusCode: 400, code: 'MALFORMED_URL', message: expect.any(String) }, internal: false });
    const long = Object.assign(new Error('too long'), { code: 'FST_ERR_MAX_PARAM_LENGTH', statusCode: 414 });
    expect(toErrorBody(long).body).toMatchObject({ statusCode: 414, code: 'URI_TOO_LONG' });
    const deep = new HttpException('x', 400, { cause: Object.assign(new Error('deep'), { code: JSON_TOO_DEEP, statusCode: 400 }) });
    expect(toErrorBody(deep).body).toMatchObject({ statusCode: 400, code: 'BODY_TOO_DEEP', message: expect.stringMatching(/imbriqué/) });
  });

  it('answers 503 when PostgreSQL or Redis is away, without the detail', () => {
    const { body, internal } = toErrorBody(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(body).toEqual({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/indisponible/) });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|5432/);
    expect(internal).toBe(true);
  });

  it('turns a unique violation into 409 and hides unknown faults', () => {
    const unique = Object.assign(new QueryFailedError('insert', [], new Error('dup')), { code: '23505' });
    expect(toErrorBody(unique).body.statusCode).toBe(409);
    const fault = toErrorBody(new Error('secret stack detail'));
    expect(fault).toEqual({
      body: { statusCode: 500, code: 'INTERNAL_ERROR', message: "Une erreur inattendue s'est produite." },
      internal: true,
    });
  });
});
