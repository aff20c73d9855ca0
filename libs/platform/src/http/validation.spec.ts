import { ArgumentMetadata } from '@nestjs/common';
import { ArrayMinSize, IsArray, IsEmail, IsString, Matches, MinLength } from 'class-validator';
import { AppError } from './app-error';
import { createValidationPipe } from './validation';
import { EachNested } from './validators';

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

  it('keeps a DTO’s own message, and puts only class-validator’s English defaults in French', async () => {
    class Declared {
      @Matches(/^\d{11}$/, { message: 'le numéro de déclaration d’activité compte 11 chiffres' }) activityNumber: string;
      @Matches(/^\d{5}$/) postalCode: string;
    }
    try {
      await createValidationPipe().transform({ activityNumber: '123', postalCode: '1' }, { type: 'body', metatype: Declared });
      throw new Error('expected a validation error');
    } catch (e) {
      expect(((e as AppError).getResponse() as { errors: object }).errors).toEqual({
        activityNumber: ['le numéro de déclaration d’activité compte 11 chiffres'],
        postalCode: ["n'a pas le format attendu"],
      });
    }
  });

  it('refuses unknown fields (a school id smuggled into a body)', async () => {
    const body = (await errorsOf({ email: 'a@b.fr', password: 'long-enough-pass', schoolId: 'x' })) as { errors: Record<string, string[]> };
    expect(body.errors).toEqual({ schoolId: ["n'est pas un champ autorisé"] });
  });

  it("refuses fields named like an object's machinery, which Nest and class-transformer would drop unseen", async () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']) {
      const value = JSON.parse(`{"email":"a@b.fr","password":"long-enough-pass","${key}":{"isAdmin":true}}`) as object;
      expect(((await errorsOf(value)) as { errors: object }).errors).toEqual({ [key]: ["n'est pas un champ autorisé"] });
    }
  });

  it('words the list and nested-object constraints in French', async () => {
    class Item {
      @IsString() name: string;
    }
    class Lists {
      @ArrayMinSize(1) @IsArray() tags: string[];
      @EachNested(() => Item) @IsArray() items: Item[];
    }
    const errors = async (value: unknown) => {
      try {
        await createValidationPipe().transform(value, { type: 'body', metatype: Lists });
      } catch (e) {
        return ((e as AppError).getResponse() as { errors: object }).errors;
      }
      throw new Error('expected a validation error');
    };
    expect(await errors({ tags: 'x', items: [] })).toEqual({ tags: ['doit être une liste'] });
    expect(await errors({ tags: ['a'], items: [[]] })).toEqual({ items: ['chaque élément doit être un objet'] });
    expect(await errors({ tags: ['a'], items: [{ name: 3 }] })).toEqual({ 'items.0.name': ['doit être un texte'] });
    expect(await errors({ tags: [], items: [null] })).toEqual({
      tags: ['doit contenir au moins 1 élément'],
      items: ['chaque élément doit être un objet'],
    });
  });

  it('takes a declared body only as a JSON object: null, a list or a text is refused, a form or bytes too', async () => {
    for (const value of [null, [], [{ email: 'a@b.fr' }], 'x', 0, true])
      expect(await errorsOf(value)).toMatchObject({ statusCode: 400, code: 'BODY_NOT_OBJECT' });
    const form = Object.assign(Object.create(null) as object, { email: 'a@b.fr', password: 'long-enough-pass' });
    for (const value of [form, Buffer.from('{"email":"a@b.fr"}')]) expect(await errorsOf(value)).toMatchObject({ statusCode: 415 });
  });

  it('accepts a valid payload and returns the DTO class', async () => {
    const out = await createValidationPipe().transform({ email: 'a@b.fr', password: 'long-enough-pass' }, meta);
    expect(out).toBeInstanceOf(Sample);
  });
});
