import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import RuleIcon from '@mui/icons-material/Rule';
import { Box, Button, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { examKeys, type Assessment, type BlockPlan } from '../../../api/exams';
import { AssessmentDialog } from './AssessmentDialog';
import { AssessmentRow } from './AssessmentRow';
import { RuleDialog } from './RuleDialog';
import { RuleText } from './RuleText';

const COLUMNS = ['kind', 'label', 'maxMark', 'passMark', 'weight', 'status', 'actions'] as const;

interface Props {
  versionId: string;
  block: BlockPlan;
  /** The block pass mark on 20 (rule settings), for the weighted average. */
  passMark: number;
  /** School administrators choose the rule; staff read it. */
  canChangeRule: boolean;
}

/** A competency block: its result rule and its épreuves, with « Ajouter une épreuve ». */
export const BlockPlanCard = ({ versionId, block, passMark, canChangeRule }: Props) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Assessment | 'new' | null>(null);
  const [ruling, setRuling] = useState(false);
  const [showRetired, setShowRetired] = useState(false);
  const retired = block.assessments.filter((assessment) => !assessment.active).length;
  const shown = block.assessments.filter((assessment) => assessment.active || showRetired);
  const headingId = `block-${block.blockId}`;
  const name = translate('app.exams.block', { code: block.blockCode, title: block.blockTitle });
  const refresh = () => queryClient.invalidateQueries({ queryKey: examKeys.plan(versionId) });

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2, minWidth: 0 }}>
      <Typography id={headingId} variant="h6" component="h2">
        {name}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', my: 1 }}>
        <RuleText rule={block.rule} passMark={passMark} />
        {canChangeRule && (
          <Button size="small" startIcon={<RuleIcon />} onClick={() => setRuling(true)}>
            {translate('app.exams.plan.rule_change')}
          </Button>
        )}
      </Box>
      {shown.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 1 }}>
          {translate('app.exams.plan.empty')}
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={translate('app.exams.plan.table', { block: block.blockCode })}>
            <TableHead>
              <TableRow>
                {COLUMNS.map((column) => (
                  <TableCell key={column} align={column === 'actions' ? 'right' : 'left'}>
                    {translate(`app.exams.plan.columns.${column}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((assessment) => (
                <AssessmentRow key={assessment.id} assessment={assessment} onEdit={() => setEditing(assessment)} onRetired={refresh} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
        <Button startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          {translate('app.exams.plan.add')}
        </Button>
        {retired > 0 && (
          <Button color="inherit" onClick={() => setShowRetired(!showRetired)} aria-pressed={showRetired}>
            {translate(showRetired ? 'app.exams.plan.hide_retired' : 'app.exams.plan.show_retired', { smart_count: retired })}
          </Button>
        )}
      </Box>
      {editing && (
        <AssessmentDialog
          versionId={versionId}
          block={block}
          assessment={editing === 'new' ? null : editing}
          passMark={passMark}
          onDone={() => {
            setEditing(null);
            void refresh();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {canChangeRule && (
        <RuleDialog
          key={`${block.rule}-${ruling}`}
          open={ruling}
          versionId={versionId}
          block={block}
          name={name}
          passMark={passMark}
          onDone={(plan) => {
            queryClient.setQueryData(examKeys.plan(versionId), plan);
            setRuling(false);
          }}
          onClose={() => setRuling(false)}
        />
      )}
    </Paper>
  );
};
