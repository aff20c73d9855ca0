import { Fragment } from 'react';
import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Plan } from '../../../api/types';
import { formatMinutes } from '../../../lib/duration';

const hours = { whiteSpace: 'nowrap', textAlign: 'right' } as const;

/** Blocks (and their partly exempted modules): planned, exempted, required. */
export const PlanTable = ({ plan }: { plan: Plan }) => {
  const translate = useTranslate();
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ mb: 3 }}>
      <Table size="small" aria-label={translate('app.plan.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.plan.block')}</TableCell>
            <TableCell sx={hours}>{translate('app.plan.planned')}</TableCell>
            <TableCell sx={hours}>{translate('app.plan.exempted')}</TableCell>
            <TableCell sx={hours}>{translate('app.plan.required')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.blocks.map((block) => (
            <Fragment key={block.blockId}>
              <TableRow>
                <TableCell sx={{ fontWeight: 600 }}>{`${block.code} – ${block.title}`}</TableCell>
                <TableCell sx={hours}>{formatMinutes(block.plannedMinutes)}</TableCell>
                <TableCell sx={hours}>{block.exemptedMinutes > 0 ? formatMinutes(block.exemptedMinutes) : '—'}</TableCell>
                <TableCell sx={{ ...hours, fontWeight: 600 }}>{formatMinutes(block.requiredMinutes)}</TableCell>
              </TableRow>
              {block.modules
                .filter((module) => module.exemptedMinutes > 0)
                .map((module) => (
                  <TableRow key={module.id}>
                    <TableCell sx={{ pl: 4, color: 'text.secondary' }}>{`${module.code} – ${module.title}`}</TableCell>
                    <TableCell sx={{ ...hours, color: 'text.secondary' }}>{formatMinutes(module.plannedMinutes)}</TableCell>
                    <TableCell sx={{ ...hours, color: 'text.secondary' }}>{formatMinutes(module.exemptedMinutes)}</TableCell>
                    <TableCell />
                  </TableRow>
                ))}
            </Fragment>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 700 }}>{translate('app.progress.total')}</TableCell>
            <TableCell sx={{ ...hours, fontWeight: 700 }}>{formatMinutes(plan.plannedMinutes)}</TableCell>
            <TableCell sx={{ ...hours, fontWeight: 700 }}>{formatMinutes(plan.plannedMinutes - plan.requiredMinutes)}</TableCell>
            <TableCell sx={{ ...hours, fontWeight: 700 }}>{formatMinutes(plan.requiredMinutes)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
};
