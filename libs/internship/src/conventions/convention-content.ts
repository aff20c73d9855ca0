import type { ConventionArticle } from '../rules/convention-template.rules';
import type { PlacementType } from '../placements/placement.entity';

/** A person named in a convention. */
export interface ConventionPerson {
  name: string;
  role: string | null;
  email: string | null;
}

/**
 * What a convention says, frozen when it is prepared: the PDF is made from it and each party signs its SHA-256.
 * `preparedAt` (an ISO instant) makes every preparation distinct, so a refreshed convention is never mistaken for the
 * one signed earlier.
 */
export interface ConventionContent {
  title: string;
  version: number;
  /** The signed version an avenant amends (null for the convention itself). */
  amends: { version: number; signedAt: string } | null;
  preparedAt: string;
  school: {
    name: string;
    address: string | null;
    siret: string | null;
    activityNumber: string | null;
    signatory: string | null;
    email: string | null;
  };
  host: { name: string; address: string; siret: string | null; representative: ConventionPerson };
  trainee: ConventionPerson;
  tutor: ConventionPerson & { phone: string | null };
  placement: { type: PlacementType; startOn: string; endOn: string; plannedHours: number };
  objectives: { blockCode: string; blockTitle: string; text: string }[];
  articles: ConventionArticle[];
}
