import FolderZipIcon from '@mui/icons-material/FolderZip';
import { useTranslate } from 'react-admin';
import { recordsApi } from '../../api/records';
import type { Trainee } from '../../api/types';
import { FileButton } from '../FileButton';

/** « Exporter les données (RGPD) » (staff): a trainee's data as a ZIP, to answer a written request; audited by the API. */
export const TraineeDataExportButton = ({ trainee }: { trainee: Trainee }) => {
  const translate = useTranslate();
  const name = `${trainee.firstName} ${trainee.lastName}`;
  return (
    <FileButton
      startIcon={<FolderZipIcon />}
      load={() => recordsApi.traineeData(trainee.id)}
      fallbackName="donnees-stagiaire.zip"
      label={translate('app.records.export.staff_label', { name })}
    >
      {translate('app.records.export.staff')}
    </FileButton>
  );
};
