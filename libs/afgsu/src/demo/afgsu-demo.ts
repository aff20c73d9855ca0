import { EntityManager } from 'typeorm';
import { addDays, addYears } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { Trainee } from '@app/training';
import { AfgsuAttestationRecord } from '../attestations/afgsu-attestation.entity';
import { AfgsuParticipant } from '../sessions/afgsu-participant.entity';
import { AfgsuSession } from '../sessions/afgsu-session.entity';

const CESU = 'CESU 69 – Hospices civils de Lyon';
const days = (start: string) => [
  { date: start, startTime: '09:00', endTime: '17:00' },
  { date: addDays(start, 1), startTime: '09:00', endTime: '16:00' },
];

/**
 * Idempotent AFGSU demo data for the demo school's trainees (after the training demo): a course held six weeks ago
 * (three trainees attended and hold their attestation), one coming in three weeks (two trainees enrolled), and a
 * nurse's prior AFGSU 2 that expires within the notice. The demo trainee Léa Moreau has none yet: « Manquante ».
 */
export async function seedAfgsuDemo(m: EntityManager, schoolId: string): Promise<void> {
  if (await m.existsBy(AfgsuSession, { schoolId })) return;
  const trainees = (await m.find(Trainee, { where: { schoolId }, order: { lastName: 'ASC' } })).filter((t) => t.lastName !== 'Moreau');
  if (trainees.length < 5) return;
  const today = parisDate(new Date());
  const session = (start: string) =>
    m.save(
      m.create(AfgsuSession, {
        schoolId,
        kind: 'initial',
        cesuName: CESU,
        trainerName: 'Dr Anne Roussel',
        place: 'CESU 69, Lyon',
        capacity: 12,
        days: days(start),
        startsOn: start,
        endsOn: addDays(start, 1),
      }),
    );
  const held = addDays(today, -45);
  const past = await session(held);
  const next = await session(addDays(today, 21));
  const [a, b, c, d, e] = trainees;
  await m.save([a, b, c].map((t) => m.create(AfgsuParticipant, { schoolId, sessionId: past.id, traineeId: t.id, attendance: 'present' })));
  await m.save([d, e].map((t) => m.create(AfgsuParticipant, { schoolId, sessionId: next.id, traineeId: t.id })));
  const issuedOn = addDays(held, 1);
  await m.save(
    [a, b, c].map((t) =>
      m.create(AfgsuAttestationRecord, {
        schoolId,
        traineeId: t.id,
        level: 1,
        kind: 'initial',
        issuingCentre: CESU,
        issuedOn,
        expiresOn: addYears(issuedOn, 4),
        sessionId: past.id,
        verified: true,
      }),
    ),
  );
  const lastDay = addDays(today, 60);
  const priorIssued = `${Number(lastDay.slice(0, 4)) - 4}${lastDay.slice(4)}`.replace(/-02-29$/, '-02-28');
  await m.save(
    m.create(AfgsuAttestationRecord, {
      schoolId,
      traineeId: e.id,
      level: 2,
      kind: 'prior',
      issuingCentre: 'CESU 38 – CHU Grenoble Alpes',
      issuedOn: priorIssued,
      expiresOn: addYears(priorIssued, 4),
      verified: true,
      verifiedAt: new Date(),
    }),
  );
}
