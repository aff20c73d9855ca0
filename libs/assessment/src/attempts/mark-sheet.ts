import { Epreuve, MarkSheet } from '../rules/assessment';
import { Assessment } from '../assessments/assessment.entity';
import { AttemptMark } from './mark.entity';

/** An épreuve as the rules read it (its block is named by id). */
export function toEpreuve(a: Assessment): Epreuve {
  return { id: a.id, blockCode: a.blockId, kind: a.kind, label: a.label, maxMark: a.maxMark, passMark: a.passMark, weight: a.weight };
}

/** The marks of one attempt by épreuve id: a number, 'absent', or nothing yet. */
export function toMarkSheet(marks: AttemptMark[]): MarkSheet {
  return Object.fromEntries(marks.map((m) => [m.assessmentId, m.absent ? 'absent' : m.value]));
}
