import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { DocumentKind, DocumentStatus } from '../generated-document.entity';

export const DOCUMENT_KINDS: DocumentKind[] = ['jury_pv', 'partial_validation', 'end_of_training', 'certificat_realisation'];

export class RequestDocumentsRequest {
  @ApiProperty({ enum: DOCUMENT_KINDS, enumName: 'GeneratedDocumentKind', description: 'jury_pv needs jurySessionId; the others cohortId' })
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Every active trainee of this cohort' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  jurySessionId?: string;
}

export class GeneratedDocumentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOCUMENT_KINDS, enumName: 'GeneratedDocumentKind' }) kind: DocumentKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) traineeId: string | null;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: ['pending', 'done', 'failed'] }) status: DocumentStatus;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
}

export class DocumentBatchResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOCUMENT_KINDS, enumName: 'GeneratedDocumentKind' }) kind: DocumentKind;
  @ApiProperty() total: number;
  @ApiProperty() done: number;
  @ApiProperty() failed: number;
  @ApiProperty({ description: 'done / total, 0 to 1' }) progress: number;
  @ApiProperty({ type: [GeneratedDocumentResponse] }) documents: GeneratedDocumentResponse[];
}
