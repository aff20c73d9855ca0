import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EachNested, IsDayOrInstant, PageQuery, Trim } from '@app/platform';
import { ApplicationStatus, STATUS_LABELS } from '../../rules/application-status.rules';
import { DOCUMENT_KINDS } from '../../rules/documents.rules';
import { ChecklistItemResponse } from './public-application.dto';

const STATUSES = Object.keys(STATUS_LABELS) as ApplicationStatus[];

export class ApplicationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', 'lastName'] })
  @IsOptional()
  @IsIn(['createdAt', 'lastName'])
  sort: 'createdAt' | 'lastName' = 'createdAt';

  @ApiPropertyOptional({ description: 'Name, e-mail or reference' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ enum: STATUSES, enumName: 'ApplicationStatus' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Intake' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: files with a required document missing or rejected; false: none' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  missingDocuments?: boolean;

  @ApiPropertyOptional({
    enum: ['eligible', 'not_eligible', 'overridden'],
    description: 'eligible by rule; not eligible and not overridden; admitted to the process by an override',
  })
  @IsOptional()
  @IsIn(['eligible', 'not_eligible', 'overridden'])
  eligibility?: 'eligible' | 'not_eligible' | 'overridden';
}

/** The filters of the list, for the CSV export (no paging: every matching file). */
export class ApplicationExportQuery extends OmitType(ApplicationQuery, ['page', 'pageSize', 'order', 'sort'] as const) {}

export type ApplicationFilters = Pick<ApplicationQuery, 'q' | 'status' | 'cohortId' | 'missingDocuments' | 'eligibility'>;

export class ApplicationSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: STATUSES, enumName: 'ApplicationStatus' }) status: ApplicationStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty({ description: 'Eligible by rule (see eligibilityOverride for an exception granted by staff)' }) eligible: boolean;
  @ApiProperty() eligibilityOverride: boolean;
  @ApiProperty({ description: 'Required documents missing or rejected' }) missingDocuments: number;
  @ApiProperty({ type: Date, nullable: true }) submittedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class ApplicationDocumentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOCUMENT_KINDS, enumName: 'DocumentKind' }) kind: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ['received', 'accepted', 'rejected'] }) status: string;
  @ApiProperty() contentType: string;
  @ApiProperty() size: number;
  @ApiProperty() sha256: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
  @ApiProperty() uploadedAt: Date;
}

export class ApplicationDetailResponse extends ApplicationSummaryResponse {
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty() situation: string;
  @ApiProperty({ type: [String] }) diplomas: string[];
  @ApiProperty() secretaryExperienceYears: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) hiredAsAssistantOn: string | null;
  @ApiProperty({ type: String, nullable: true }) employerName: string | null;
  @ApiProperty() fundingPath: string;
  @ApiProperty() vae: boolean;
  @ApiProperty({ type: Number, nullable: true }) vaeExperienceHours: number | null;
  @ApiProperty({ type: Number, nullable: true, enum: [1, 2] }) afgsuLevel: 1 | 2 | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) afgsuIssuedOn: string | null;
  @ApiProperty() eligibility: string;
  @ApiProperty({ type: String, nullable: true }) eligibilityOverrideReason: string | null;
  @ApiProperty({ type: [ChecklistItemResponse] }) checklist: ChecklistItemResponse[];
  @ApiProperty({ type: [ApplicationDocumentResponse], description: 'Every document received, oldest first' })
  documents: ApplicationDocumentResponse[];
  @ApiProperty({ type: String, nullable: true }) deadlines: string | null;
  @ApiProperty({ type: Date, nullable: true }) interviewAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) interviewOutcome: string | null;
  @ApiProperty({ type: String, nullable: true }) interviewNotes: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) traineeId: string | null;
  @ApiProperty({ enum: STATUSES, isArray: true, description: 'Statuses staff may move the application to now' })
  nextStatuses: ApplicationStatus[];
}

export class RejectDocumentRequest {
  @ApiProperty({ description: 'Shown to the candidate: what is wrong and what to send instead' })
  @Trim()
  @MinLength(3)
  @MaxLength(500)
  @IsString()
  reason: string;
}

export class ChangeStatusRequest {
  @ApiProperty({ enum: STATUSES, enumName: 'ApplicationStatus' })
  @IsIn(STATUSES)
  status: ApplicationStatus;

  @ApiProperty({ description: 'Why (kept in the audit trail; for a refusal, the candidate is told)' })
  @Trim()
  @MinLength(3)
  @MaxLength(1000)
  @IsString()
  reason: string;
}

export class EligibilityOverrideRequest {
  @ApiProperty({ description: 'Admit the candidate to the process although the prerequisite is not met' })
  @IsBoolean()
  override: boolean;

  @ApiProperty()
  @Trim()
  @MinLength(3)
  @MaxLength(1000)
  @IsString()
  justification: string;
}

export class ScheduleInterviewRequest {
  @ApiProperty({ description: 'Date and time of the entretien de positionnement (ISO 8601)', example: '2027-01-05T09:30:00+01:00' })
  @IsDayOrInstant()
  at: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Account of the interviewer' })
  @IsOptional()
  @IsUUID()
  interviewerId?: string | null;
}

export class InterviewOutcomeRequest {
  @ApiProperty({ enum: ['favourable', 'reserved', 'unfavourable'] })
  @IsIn(['favourable', 'reserved', 'unfavourable'])
  outcome: 'favourable' | 'reserved' | 'unfavourable';

  @ApiProperty()
  @Trim()
  @MinLength(3)
  @MaxLength(5000)
  @IsString()
  notes: string;
}

export class ProposedExemptionResponse {
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) moduleId: string | null;
  @ApiProperty() minutes: number;
  @ApiProperty() justification: string;
}

export class EnrolExemption {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  blockId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  moduleId?: string | null;

  @ApiProperty()
  @Min(1)
  @Max(100000)
  @IsInt()
  minutes: number;

  @ApiProperty()
  @Trim()
  @MinLength(3)
  @MaxLength(1000)
  @IsString()
  justification: string;
}

export class EnrolRequest {
  @ApiProperty({ type: [EnrolExemption], description: 'The individual plan: the proposal, as adjusted by staff' })
  @EachNested(() => EnrolExemption)
  @IsArray()
  exemptions: EnrolExemption[];
}

export class EnrolResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty({ type: () => ApplicationDetailResponse }) application: ApplicationDetailResponse;
}
