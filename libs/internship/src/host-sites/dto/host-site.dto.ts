import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { EachNested, IsEmailAddress, isSiret, PageQuery, Trim, TrimLower } from '@app/platform';
import type { HostSiteKind } from '../host-site.entity';
import { HOST_SITE_KINDS } from '../host-site-kind';

export { HOST_SITE_KINDS };

export class HostSiteContactInput {
  @ApiProperty() @Trim() @MinLength(2) @MaxLength(150) @IsString() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @MaxLength(100) @IsString() role: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @TrimLower() @MaxLength(254) @IsEmailAddress() email: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @Matches(/^\+?[0-9 .-]{6,19}$/) phone: string | null;
}

export class CreateHostSiteRequest {
  @ApiProperty({ example: 'Cabinet médical des Lilas' }) @Trim() @MinLength(2) @MaxLength(200) @IsString() name: string;

  @ApiProperty({ enum: HOST_SITE_KINDS, enumName: 'HostSiteKind' })
  @IsIn(HOST_SITE_KINDS)
  kind: HostSiteKind;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Required for a specialist practice' })
  @ValidateIf((o: CreateHostSiteRequest) => o.kind === 'specialist_practice' || (o.speciality !== undefined && o.speciality !== null))
  @Trim()
  @MinLength(2)
  @MaxLength(100)
  @IsString()
  speciality?: string | null;

  @ApiProperty({ example: '8 rue des Lilas' }) @Trim() @MinLength(3) @MaxLength(300) @IsString() address: string;
  @ApiProperty({ example: '69003' }) @Matches(/^\d{5}$/, { message: 'le code postal compte 5 chiffres' }) postalCode: string;
  @ApiProperty({ example: 'Lyon' }) @Trim() @MinLength(2) @MaxLength(100) @IsString() city: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '14 digits, checked (Luhn)' })
  @IsOptional()
  @ValidateBy({
    name: 'isSiret',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && isSiret(v),
      defaultMessage: () => 'SIRET invalide (14 chiffres, clé de contrôle)',
    },
  })
  siret?: string | null;

  @ApiProperty({ minimum: 1, maximum: 50, description: 'Trainees it takes at once' }) @Min(1) @Max(50) @IsInt() capacity: number;

  @ApiPropertyOptional({ type: [HostSiteContactInput] })
  @IsOptional()
  @EachNested(() => HostSiteContactInput)
  @ArrayMaxSize(10)
  @IsArray()
  contacts?: HostSiteContactInput[];
}

export class UpdateHostSiteRequest extends PartialType(CreateHostSiteRequest) {}

export class HostSiteQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Name, city or postal code' }) @IsOptional() @MaxLength(100) @IsString() q?: string;
  @ApiPropertyOptional({ enum: HOST_SITE_KINDS, enumName: 'HostSiteKind' }) @IsOptional() @IsIn(HOST_SITE_KINDS) kind?: HostSiteKind;
}

export class HostSiteResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: HOST_SITE_KINDS, enumName: 'HostSiteKind' }) kind: HostSiteKind;
  @ApiProperty({ description: 'French label of the kind' }) kindLabel: string;
  @ApiProperty({ type: String, nullable: true }) speciality: string | null;
  @ApiProperty() address: string;
  @ApiProperty() postalCode: string;
  @ApiProperty() city: string;
  @ApiProperty({ type: String, nullable: true }) siret: string | null;
  @ApiProperty() capacity: number;
  @ApiProperty({ type: [HostSiteContactInput] }) contacts: HostSiteContactInput[];
}

export class HostSiteListItemResponse extends HostSiteResponse {
  @ApiProperty({ description: 'Tutors working there' }) tutorCount: number;
}
