import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { referentialApi } from '../../api/referential';
import type { CertificationVersion, ExemptionTable, ExemptionTableLine } from '../../api/types';
import { ReasonDialog } from '../../components/ReasonDialog';
import { ExemptionLineEditor } from './ExemptionLineEditor';
import { isValidLine, newLine } from './exemptions';

interface Props {
  version: CertificationVersion;
  /** The table in force when the dialog opens (it is mounted anew each time). */
  rows: ExemptionTableLine[];
  onDone: (table: ExemptionTable) => void;
  onClose: () => void;
}

/** « Modifier » the exemption table: add, change and remove lines, then save it as the school's own, with a reason. */
export const ExemptionTableDialog = ({ version, rows, onDone, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [lines, setLines] = useState(rows);
  const valid = lines.every(isValidLine);
  const save = async (reason: string) => {
    const clean = lines.map((line) => ({ ...line, share: Math.round(line.share * 100) / 100, reason: line.reason.trim() }));
    const table = await referentialApi.replaceExemptionTable(version.id, clean, reason);
    notify('app.rules.exemptions.saved', { type: 'success' });
    onDone(table);
  };
  return (
    <ReasonDialog
      open
      wide
      title="app.rules.exemptions.edit_title"
      titleOptions={{ version: version.code }}
      content="app.rules.exemptions.edit_intro"
      confirmLabel="ra.action.save"
      canConfirm={valid}
      onConfirm={save}
      onClose={onClose}
    >
      {lines.length === 0 && <Typography color="text.secondary">{translate('app.rules.exemptions.empty')}</Typography>}
      <Box component="ol" sx={{ p: 0, m: 0 }}>
        {lines.map((line, index) => (
          <ExemptionLineEditor
            key={index}
            number={index + 1}
            line={line}
            blocks={version.blocks}
            onChange={(next) => setLines(lines.map((row, i) => (i === index ? next : row)))}
            onRemove={() => setLines(lines.filter((_, i) => i !== index))}
          />
        ))}
      </Box>
      <Button startIcon={<AddIcon />} onClick={() => setLines([...lines, newLine(version.blocks)])} sx={{ mb: 1 }}>
        {translate('app.rules.exemptions.add')}
      </Button>
      {!valid && <Alert severity="warning">{translate('app.rules.exemptions.invalid')}</Alert>}
    </ReasonDialog>
  );
};
