import { ConventionSendingService } from './convention-sending.service';
import { ConventionSigningService } from './convention-signing.service';
import { ConventionSnapshotService } from './convention-snapshot.service';
import { ConventionTemplatesController } from './convention-templates.controller';
import { ConventionTemplatesService } from './convention-templates.service';
import { ConventionsController } from './conventions.controller';
import { ConventionsRepository } from './conventions.repository';
import { ConventionsService } from './conventions.service';
import { PlacementStartService } from './placement-start.service';
import { PublicSignaturesController } from './public-signatures.controller';

/** The controllers and providers of conventions de stage, listed once for the internship module. */
export const CONVENTION_CONTROLLERS = [ConventionTemplatesController, ConventionsController, PublicSignaturesController];
export const CONVENTION_PROVIDERS = [
  ConventionsRepository,
  ConventionTemplatesService,
  ConventionSnapshotService,
  ConventionsService,
  ConventionSendingService,
  ConventionSigningService,
  PlacementStartService,
];
