import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { Trim, TrimLower } from '../../http/transforms';
import { isSiret } from '../identifiers';

export class SchoolProfileRequest {
  @ApiProperty({ type: String, nullable: true, example: '12 rue de la République, 69002 Lyon' })
  @IsOptional()
  @Trim()
  @MinLength(5)
  @MaxLength(300)
  @IsString()
  address: string | null;

  @ApiProperty({ type: String, nullable: true, example: '732 829 320 00074', description: '14 digits, checked (Luhn)' })
  @IsOptional()
  @ValidateBy({
    name: 'isSiret',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && isSiret(v),
      defaultMessage: () => 'SIRET invalide (14 chiffres, clé de contrôle)',
    },
  })
  siret: string | null;

  @ApiProperty({ type: String, nullable: true, example: '84691234569', description: 'Numéro de déclaration d’activité, 11 digits' })
  @IsOptional()
  @Matches(/^\d{11}$/, { message: 'le numéro de déclaration d’activité compte 11 chiffres' })
  activityNumber: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Claire Dubois, directrice' })
  @IsOptional()
  @Trim()
  @MinLength(3)
  @MaxLength(150)
  @IsString()
  signatory: string | null;

  @ApiProperty({ type: String, nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^\+?[0-9 .-]{6,19}$/)
  phone: string | null;

  @ApiProperty({ type: String, nullable: true })
  @IsOptional()
  @TrimLower()
  @MaxLength(254)
  @IsEmail()
  contactEmail: string | null;
}

export class SchoolProfileResponse extends SchoolProfileRequest {
  @ApiProperty() name: string;
}
