import { traineesApi } from '../../../api/trainees';
import { CsvImportDialog } from '../../../components/CsvImportDialog';

interface Props {
  cohortId: string;
  open: boolean;
  onClose: () => void;
}

const COLUMNS = 'Nom;Prénom;E-mail;Téléphone';

/** « Importer un fichier CSV » of trainees into the cohort: all or nothing, the per-line report of a refused file. */
export const ImportTraineesDialog = ({ cohortId, open, onClose }: Props) => (
  <CsvImportDialog
    open={open}
    onClose={onClose}
    labels="app.trainees.import"
    columns={COLUMNS}
    send={(file) => traineesApi.importCsv(cohortId, file)}
    done={(result) => ({ smart_count: result.imported })}
  />
);
