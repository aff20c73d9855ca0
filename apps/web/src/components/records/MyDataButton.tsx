import FolderZipIcon from '@mui/icons-material/FolderZip';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { recordsApi } from '../../api/records';
import { FileButton } from '../FileButton';

/** « Télécharger mes données » (trainee): everything the school keeps about them, as a ZIP (RGPD right of access). */
export const MyDataButton = () => {
  const translate = useTranslate();
  return (
    <>
      <FileButton variant="outlined" startIcon={<FolderZipIcon />} load={recordsApi.myData} fallbackName="mes-donnees.zip">
        {translate('app.records.export.mine')}
      </FileButton>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate('app.records.export.mine_help')}
      </Typography>
    </>
  );
};
