import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { Trim, TrimLower } from '../../http/transforms';
import { IsEmailAddress, IsNullable } from '../../http/validators';
import { isSiret } from '../identifiers';

/** The whole letterhead, replaced at once: each field is sent, null when the school has none. */
export class SchoolProfileRequest {
  @ApiProperty({ type: String, nullable: true, example: '12 rue de la République, 69002 Lyon' })
  @IsNullable()
  @Trim()
  @MinLength(5)
  @MaxLength(300)
  @IsString()
  address: string | null;

  @ApiProperty({ type: String, nullable: true, example: '732 829 320 00074', description: '14 digits, checked (Luhn)' })
  @IsNullable()
  @ValidateBy({
    name: 'isSiret',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && isSiret(v),
      defaultMessage: () => 'SIRET invalide (14 chiffres, clé de contrôle)',
    },
  })
  siret: string | null;

  @ApiProperty({ type: String, nullable: true, example: '84691234569', description: 'Numéro de déclaration d’activité, 11 digits' })
  @IsNullable()
  @Matches(/^\d{11}$/, { message: 'le numéro de déclaration d’activité compte 11 chiffres' })
  activityNumber: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Claire Dubois, directrice' })
  @IsNullable()
  @Trim()
  @MinLength(3)
  @MaxLength(150)
  @IsString()
  signatory: string | null;

  @ApiProperty({ type: String, nullable: true })
  @IsNullable()
  @Trim()
  @Matches(/^\+?[0-9 .-]{6,19}$/)
  phone: string | null;

  @ApiProperty({ type: String, nullable: true })
  @IsNullable()
  @TrimLower()
  @MaxLength(254)
  @IsEmailAddress()
  contactEmail: string | null;
}

export class SchoolProfileResponse extends SchoolProfileRequest {
  @ApiProperty() name: string;
}
