import { Injectable } from '@nestjs/common';
import { addDays, weekOf } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { TraineeHealthService, TraineesService, vaccinationCheckDay } from '@app/training';
import { conventionStatus } from '../rules/convention.rules';
import { evaluationState } from '../rules/evaluation-state.rules';
import { DEFAULT_INTERNSHIP_SETTINGS } from '../rules/internship-settings';
import { BOARD_SUBMITTED_DAYS, placementBoard } from '../rules/placement-board.rules';
import { PlacementBoardQuery, PlacementBoardResponse, PlacementCardResponse } from './dto/placement-board.dto';
import { PlacementFacts, PlacementFactsRepository } from './placement-facts.repository';

/**
 * The placement board (who is where this week, who has no placement, conventions awaiting signatures, evaluations to
 * chase or just submitted, reminders to come) and the trainee's placement cards: read in a few set-based statements,
 * decided by the rules (placementBoard, evaluationState).
 */
@Injectable()
export class PlacementBoardService {
  constructor(
    private readonly facts: PlacementFactsRepository,
    private readonly trainees: TraineesService,
    private readonly health: TraineeHealthService,
  ) {}

  async board(q: PlacementBoardQuery, now = new Date()): Promise<PlacementBoardResponse> {
    const today = parisDate(now);
    const { monday, sunday } = weekOf(q.week ?? today);
    const since = [monday, addDays(today, -BOARD_SUBMITTED_DAYS)].sort()[0];
    const placements = await this.facts.load({ since, cohortId: q.cohortId });
    const without = await this.facts.traineesWithoutPlacement(monday, sunday, q.cohortId);
    const board = placementBoard(placements, monday, today, DEFAULT_INTERNSHIP_SETTINGS);
    const byId = new Map(placements.map((p) => [p.id, p]));
    const ref = (id: string) => {
      const p = byId.get(id)!;
      return { placementId: id, traineeId: p.traineeId, traineeName: p.traineeName, hostSiteName: p.hostSiteName, tutorName: p.tutorName };
    };
    // Stages in a healthcare setting not ended: a warning when the required vaccinations are not up to date (never a block).
    const stages = placements.filter((p) => p.type === 'stage' && p.endOn >= today);
    const gaps = await this.health.vaccinationGaps(
      stages.map((p) => ({ key: p.id, traineeId: p.traineeId, on: vaccinationCheckDay(p.startOn, today) })),
      'GET /placement-board',
    );
    const evaluation = (e: (typeof board.evaluationsToChase)[number]) => ({
      ...ref(e.placementId),
      ...e,
      tutorEmail: byId.get(e.placementId)!.tutorEmail,
    });
    return {
      today,
      monday,
      sunday,
      present: board.presentIds.map((id) => {
        const p = byId.get(id)!;
        return {
          ...ref(id),
          cohortName: p.cohortName,
          hostSiteId: p.hostSiteId,
          tutorPhone: p.tutorPhone,
          type: p.type,
          startOn: p.startOn,
          endOn: p.endOn,
          conventionSigned: p.hasSignedVersion,
          startedAt: p.startedAt,
        };
      }),
      withoutPlacement: without.map((t) => ({
        traineeId: t.trainee_id,
        traineeName: t.trainee_name,
        cohortId: t.cohort_id,
        cohortName: t.cohort_name,
      })),
      conventions: board.conventions.map((c) => ({ ...ref(c.placementId), ...c, startOn: byId.get(c.placementId)!.startOn })),
      evaluationsToChase: board.evaluationsToChase.map(evaluation),
      evaluationsSubmitted: board.evaluationsSubmitted.map(evaluation),
      reminders: board.reminders.map((r) => ({ ...ref(r.placementId), kind: r.kind, dueOn: r.dueOn, key: r.key })),
      vaccinations: stages
        .filter((p) => gaps.has(p.id))
        .map((p) => ({ ...ref(p.id), startOn: p.startOn, endOn: p.endOn, missing: gaps.get(p.id)! })),
    };
  }

  /** The placements of the signed-in trainee, as cards. */
  async mine(accountId: string, now = new Date()): Promise<PlacementCardResponse[]> {
    return this.cards((await this.trainees.ofAccount(accountId)).id, now);
  }

  /** The placements of a trainee (404 when not of this school), current and upcoming ones by start date, then past ones, latest first. */
  async cards(traineeId: string, now = new Date()): Promise<PlacementCardResponse[]> {
    await this.trainees.get(traineeId);
    const today = parisDate(now);
    const cards = (await this.facts.load({ traineeId })).map((p) => card(p, today)); // by start date
    return [...cards.filter((c) => c.period !== 'past'), ...cards.filter((c) => c.period === 'past').reverse()];
  }
}

function card(p: PlacementFacts, today: string): PlacementCardResponse {
  const latest = p.latestConvention;
  return {
    placementId: p.id,
    type: p.type,
    hostSiteName: p.hostSiteName,
    hostSiteAddress: p.hostSiteAddress,
    tutorName: p.tutorName,
    tutorEmail: p.tutorEmail,
    tutorPhone: p.tutorPhone,
    startOn: p.startOn,
    endOn: p.endOn,
    plannedHours: p.plannedHours,
    period: p.endOn < today ? 'past' : p.startOn > today ? 'upcoming' : 'current',
    conventionStatus: latest ? conventionStatus(latest) : null,
    conventionSigned: p.hasSignedVersion,
    evaluations: p.evaluations.map((e) => ({
      evaluationId: e.id,
      dueOn: e.dueOn,
      state: evaluationState(e, today, DEFAULT_INTERNSHIP_SETTINGS),
    })),
  };
}
