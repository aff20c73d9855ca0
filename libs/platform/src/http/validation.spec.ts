import { ArgumentMetadata } from '@nestjs/common';
import { IsEmail, IsString, MinLength } from 'class-validator';
import { AppError } from './app-error';
import { createValidationPipe } from './validation';

class Sample {
  @IsEmail()
  email: string;

  @IsString()
  @MinLength(12)
  password: string;
}

const meta: ArgumentMetadata = { type: 'body', metatype: Sample };

async function errorsOf(value: unknown) {
  try {
    await createValidationPipe().transform(value, meta);
  } catch (e) {
    return (e as AppError).getResponse();
  }
  throw new Error('expected a validation error');
}

describe('validation pipe', () => {
  it('reports every field in French, keyed by field name', async () => {
    const body = await errorsOf({ email: 'nope', password: 'short' });
    expect(body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Certaines données sont invalides.',
      errors: { email: ['doit être une adresse e-mail valide'], password: ['doit contenir au moins 12 caractères'] },
    });
  });

  it('refuses unknown fields (a school id smuggled into a body)', async () => {
    const body = (await errorsOf({ email: 'a@b.fr', password: 'long-enough-pass', schoolId: 'x' })) as { errors: Record<string, string[]> };
    expect(body.errors).toEqual({ schoolId: ["n'est pas un champ autorisé"] });
  });

  it('accepts a valid payload and returns the DTO class', async () => {
    const out = await createValidationPipe().transform({ email: 'a@b.fr', password: 'long-enough-pass' }, meta);
    expect(out).toBeInstanceOf(Sample);
  });
});
