import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { HostSiteImportAction } from '../../rules/host-site-csv.rules';

const ACTIONS: HostSiteImportAction[] = ['create', 'update', 'unchanged'];
const FIELDS = ['name', 'kind', 'speciality', 'address', 'postalCode', 'city', 'siret', 'capacity', 'contacts'];

export class HostSiteImportQuery {
  @ApiPropertyOptional({ description: 'Only check the file and say what an import would do; nothing is written' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}

export class HostSiteImportLineResponse {
  @ApiProperty({ description: 'Line in the file' }) line: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ACTIONS, enumName: 'HostSiteImportAction' }) action: HostSiteImportAction;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The host site updated (or left unchanged)' })
  hostSiteId: string | null;
  @ApiProperty({ type: [String], enum: FIELDS, description: 'Fields an update changes' }) changes: string[];
}

export class HostSiteImportResponse {
  @ApiProperty({ description: 'True when nothing was written (preview)' }) dryRun: boolean;
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ type: [HostSiteImportLineResponse] }) lines: HostSiteImportLineResponse[];
}
