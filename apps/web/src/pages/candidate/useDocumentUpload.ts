import { applicationsApi } from '../../api/applications';
import type { CandidateFile } from '../../api/types';
import { useUpload } from '../../components/useUpload';

export type { UploadState } from '../../components/useUpload';

/** Sends one document of the file, with its progress; the updated file goes to `onFile`. Aborted when the page closes. */
export function useDocumentUpload(token: string, kind: string, onFile: (file: CandidateFile) => void) {
  return useUpload((file, onProgress, signal) => applicationsApi.upload(token, kind, file, onProgress, signal), onFile);
}
