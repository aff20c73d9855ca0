import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { normaliseEmail } from '../../auth/dto/auth.dto';
import { PageQuery } from '../../http/pagination';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSchoolRequest {
  @ApiProperty({ example: 'Institut de formation des assistants médicaux de Lyon' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'ifam-lyon', description: 'Short lower-case identifier (letters, digits, hyphens)' })
  @Transform(normaliseEmail)
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(60)
  slug: string;

  @ApiProperty({ description: 'E-mail of the first school administrator (receives an invitation)' })
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(254)
  adminEmail: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  adminFullName: string;
}

export class UpdateSchoolRequest {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;
}

export class SchoolQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', 'name'] })
  @IsOptional()
  @IsIn(['createdAt', 'name'])
  sort: 'createdAt' | 'name' = 'createdAt';

  @ApiPropertyOptional({ description: 'Part of the name or slug' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class SchoolResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() accountCount: number;
}
