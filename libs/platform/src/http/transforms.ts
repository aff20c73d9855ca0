import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Leading and trailing spaces removed (what people paste into forms). */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trimmed and lower-cased (e-mail addresses, identifiers). */
export const TrimLower = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** A body that only carries why something is done (kept in the audit trail). */
export class ReasonRequest {
  @ApiProperty({ description: 'Why (kept in the audit trail)', minLength: 3, maxLength: 500 })
  @Trim()
  @MinLength(3)
  @MaxLength(500)
  @IsString()
  reason: string;
}
