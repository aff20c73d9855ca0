import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Box, Collapse, Link, Typography } from '@mui/material';
import type { JuryLine } from '../../api/juries';
import { traineeResultsPath } from '../../lib/juries';
import { BlockCell } from './BlockCell';
import { CertificationAction } from './CertificationAction';
import { ReadinessChecklist, ReadinessIndicator } from './ReadinessIndicator';
import type { Certify, Decide } from './useJuryBoard';

const COLUMNS = {
  xs: '1fr',
  sm: 'repeat(2, minmax(0, 1fr))',
  md: 'repeat(4, minmax(0, 1fr))',
  lg: 'minmax(170px, 1.1fr) repeat(4, minmax(0, 1fr))',
} as const;

/** A trainee before the jury: name (their results), cohort, readiness, the CQP; a cell per block; the last refusal of the API. */
export const TraineeLine = ({ line, decide, certify }: { line: JuryLine; decide: Decide; certify: Certify }) => {
  const checklistId = useId();
  const [expanded, setExpanded] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <Box component="li" aria-label={line.traineeName} sx={{ listStyle: 'none', py: 1.5, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: COLUMNS }}>
        <Box sx={{ gridColumn: { xs: 'auto', sm: '1 / -1', lg: 'auto' }, minWidth: 0 }}>
          <Link component={RouterLink} to={traineeResultsPath(line.traineeId)} sx={{ fontWeight: 600 }}>
            {line.traineeName}
          </Link>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {line.cohortName}
          </Typography>
          <ReadinessIndicator
            readiness={line.readiness}
            expanded={expanded}
            onToggle={() => setExpanded(!expanded)}
            controls={checklistId}
          />
          <CertificationAction line={line} certify={certify} onRefused={setRefusal} />
        </Box>
        {line.blocks.map((block) => (
          <BlockCell key={block.blockId} line={line} block={block} decide={decide} onRefused={setRefusal} />
        ))}
      </Box>
      <Collapse in={expanded}>
        <ReadinessChecklist readiness={line.readiness} id={checklistId} name={line.traineeName} />
      </Collapse>
      {refusal && (
        <Alert severity="error" onClose={() => setRefusal(null)} sx={{ mt: 1 }}>
          {refusal}
        </Alert>
      )}
    </Box>
  );
};
