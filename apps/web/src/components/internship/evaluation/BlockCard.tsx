import { Card, CardContent, Typography } from '@mui/material';
import type { CompetencyLevel, EvaluationBlock } from '../../../api/tutorEvaluations';
import type { Answers } from '../../../lib/evaluations';
import { CompetencyItem } from './CompetencyItem';

interface BlockCardProps {
  block: EvaluationBlock;
  answers: Answers;
  readOnly: boolean;
  missing: ReadonlySet<string>;
  onLevel: (code: string, level: CompetencyLevel | null) => void;
  onComment: (code: string, comment: string) => void;
}

/** One competency block of the placement with its competencies. */
export const BlockCard = ({ block, answers, readOnly, missing, onLevel, onComment }: BlockCardProps) => (
  <Card variant="outlined" sx={{ mb: 2 }} component="section" aria-label={`${block.code} ${block.title}`}>
    <CardContent sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
        {block.code} — {block.title}
      </Typography>
      {block.competencies.map((c) => (
        <CompetencyItem
          key={c.code}
          code={c.code}
          label={c.label}
          level={answers.levels[c.code] ?? null}
          comment={answers.comments[c.code] ?? ''}
          readOnly={readOnly}
          missing={missing.has(c.code)}
          onLevel={(level) => onLevel(c.code, level)}
          onComment={(comment) => onComment(c.code, comment)}
        />
      ))}
    </CardContent>
  </Card>
);
