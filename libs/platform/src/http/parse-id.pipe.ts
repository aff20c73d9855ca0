import { Injectable, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from './app-error';

/** Path ids are UUIDs; anything else is a 400 that says so (never a database error). */
@Injectable()
export class ParseId extends ParseUUIDPipe {
  constructor() {
    super({
      exceptionFactory: () => new AppError(400, 'INVALID_ID', "L'identifiant fourni n'est pas un identifiant valide (UUID attendu)."),
    });
  }
}
