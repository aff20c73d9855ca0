import { useState, type ReactNode } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, type ButtonProps } from '@mui/material';
import { useNotify } from 'react-admin';
import type { ApiFile } from '../api/client';
import { errorMessage } from '../api/errors';
import { download } from '../lib/download';

interface Props extends Pick<ButtonProps, 'size' | 'variant' | 'startIcon' | 'sx'> {
  /** Fetches the file through the API client. */
  load: () => Promise<ApiFile>;
  /** Name to save under when the API gives none. */
  fallbackName: string;
  /** Accessible name, when the text alone is not enough. */
  label?: string;
  children: ReactNode;
}

/** Downloads a file the API produces (a PDF…) under the name it gives; a refusal shows the API's message. */
export const FileButton = ({ load, fallbackName, label, children, startIcon = <DownloadIcon />, ...props }: Props) => {
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const fetchFile = async () => {
    setPending(true);
    try {
      const file = await load();
      download(file.blob, file.name ?? fallbackName);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button {...props} startIcon={startIcon} onClick={fetchFile} disabled={pending} aria-label={label}>
      {children}
    </Button>
  );
};
