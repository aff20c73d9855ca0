import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '@app/platform';
import type { ConventionParty, ConventionStatus } from '../../rules/convention.rules';

const PARTIES: ConventionParty[] = ['school', 'host', 'trainee'];
const STATUSES: ConventionStatus[] = ['draft', 'sent', 'partly_signed', 'signed'];
export type LinkState = 'pending' | 'used' | 'expired' | 'replaced';
const LINK_STATES: LinkState[] = ['pending', 'used', 'expired', 'replaced'];

export class ConventionSignatureResponse {
  @ApiProperty({ enum: PARTIES, enumName: 'ConventionParty' }) party: ConventionParty;
  @ApiProperty() partyLabel: string;
  @ApiProperty() signerName: string;
  @ApiProperty({ type: String, format: 'date-time' }) signedAt: Date;
  @ApiProperty() ip: string;
  @ApiProperty() userAgent: string;
  @ApiProperty() contentHash: string;
  @ApiProperty({ description: 'False when the content changed after this signature (it no longer counts)' }) counts: boolean;
}

export class ConventionPartyResponse {
  @ApiProperty({ enum: PARTIES, enumName: 'ConventionParty' }) party: ConventionParty;
  @ApiProperty({ example: 'le lieu de stage' }) partyLabel: string;
  @ApiProperty({ description: 'Who signs for this party' }) name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: ConventionSignatureResponse, nullable: true, description: 'The signature that counts, if any' })
  signature: ConventionSignatureResponse | null;
}

export class ConventionLinkResponse {
  @ApiProperty({ enum: PARTIES, enumName: 'ConventionParty' }) party: ConventionParty;
  @ApiProperty() recipientName: string;
  @ApiProperty() recipientEmail: string;
  @ApiProperty({ type: String, format: 'date-time' }) sentAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) usedAt: Date | null;
  @ApiProperty({ enum: LINK_STATES, enumName: 'SignatureLinkState' }) state: LinkState;
}

export class ConventionSummaryResponse {
  @ApiProperty() title: string;
  @ApiProperty() versionLabel: string;
  @ApiProperty() schoolName: string;
  @ApiProperty() traineeName: string;
  @ApiProperty() hostSiteName: string;
  @ApiProperty() tutorName: string;
  @ApiProperty({ format: 'date' }) startOn: string;
  @ApiProperty({ format: 'date' }) endOn: string;
  @ApiProperty() plannedHours: number;
  @ApiProperty({ type: String, format: 'date-time' }) preparedAt: string;
  @ApiProperty({ type: [String], description: 'Headings of the articles' }) articles: string[];
}

export class ConventionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) amendsId: string | null;
  @ApiProperty({ enum: STATUSES, enumName: 'ConventionStatus' }) status: ConventionStatus;
  @ApiProperty({ example: 'Partiellement signée' }) statusLabel: string;
  @ApiProperty() contentHash: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt: Date | null;
  @ApiProperty({ description: 'A PDF can be downloaded (sent or signed)' }) hasPdf: boolean;
  @ApiProperty({ type: ConventionSummaryResponse }) summary: ConventionSummaryResponse;
  @ApiProperty({ type: [ConventionPartyResponse] }) parties: ConventionPartyResponse[];
  @ApiProperty({ type: [ConventionSignatureResponse], description: 'Every signature, including those of earlier content' })
  signatures: ConventionSignatureResponse[];
  @ApiProperty({ type: [ConventionLinkResponse], description: 'Signature links sent, newest first' }) links: ConventionLinkResponse[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

export class PublicPartyResponse {
  @ApiProperty({ enum: PARTIES, enumName: 'ConventionParty' }) party: ConventionParty;
  @ApiProperty() partyLabel: string;
  @ApiProperty({ type: String, nullable: true }) signerName: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt: Date | null;
}

export class PublicSignatureResponse {
  @ApiProperty({ enum: PARTIES, enumName: 'ConventionParty' }) party: ConventionParty;
  @ApiProperty() partyLabel: string;
  @ApiProperty({ description: 'The person the link was sent to' }) recipientName: string;
  @ApiProperty({ enum: STATUSES, enumName: 'ConventionStatus' }) status: ConventionStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: ConventionSummaryResponse }) summary: ConventionSummaryResponse;
  @ApiProperty({ type: [PublicPartyResponse], description: 'The parties and who signed (no IP, no e-mail)' })
  parties: PublicPartyResponse[];
  @ApiProperty({ type: String, format: 'date-time' }) linkExpiresAt: Date;
}

export class SignConventionRequest {
  @ApiProperty({ minLength: 2, maxLength: 150, description: 'The signer’s full name' })
  @Trim()
  @MinLength(2)
  @MaxLength(150)
  @IsString()
  signerName: string;

  @ApiProperty({ description: 'Must be true: « Je certifie avoir lu la convention et je la signe électroniquement »' })
  @Equals(true, { message: 'Cochez la case pour confirmer que vous avez lu la convention et la signez.' })
  @IsBoolean()
  consent: boolean;
}

export class StartPlacementResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'date-time' }) startedAt: Date;
  @ApiPropertyOptional({ enum: STATUSES, enumName: 'ConventionStatus' }) conventionStatus: ConventionStatus;
}
