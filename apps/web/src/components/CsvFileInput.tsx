import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props {
  file: File | null;
  onChange: (file: File | null) => void;
  /** Catalogue keys: the button, and the text shown before a file is chosen. */
  chooseLabel: string;
  noneLabel: string;
}

/** « Choisir un fichier CSV » and the name of the file chosen. */
export const CsvFileInput = ({ file, onChange, chooseLabel, noneLabel }: Props) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
      <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
        {translate(chooseLabel)}
        <input
          hidden
          type="file"
          accept=".csv,text/csv"
          aria-label={translate(chooseLabel)}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      </Button>
      <Typography variant="body2">{file ? file.name : translate(noneLabel)}</Typography>
    </Box>
  );
};
