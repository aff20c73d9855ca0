import { hostSitesApi, HOST_SITE_CSV_COLUMNS } from '../../../api/internship';
import { CsvImportDialog } from '../../../components/CsvImportDialog';
import { ImportPreview } from './ImportPreview';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * « Importer des lieux de stage »: the expected columns, a file, « Vérifier le fichier » (the API's dryRun: what each
 * line would do, or the lines in error), then « Confirmer l’import ».
 */
export const ImportHostSitesDialog = ({ open, onClose }: Props) => (
  <CsvImportDialog
    open={open}
    onClose={onClose}
    labels="app.internship.import"
    columns={HOST_SITE_CSV_COLUMNS.join(';')}
    send={(file) => hostSitesApi.importCsv(file, false)}
    done={(result) => ({ ...result })}
    check={{ run: (file) => hostSitesApi.importCsv(file, true), render: (preview) => <ImportPreview preview={preview} /> }}
  />
);
