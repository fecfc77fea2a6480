import type { DocumentFile } from '@contract/documents.js';
import type { Input, MethodName } from '@contract/index.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { callApi } from '../../api/transport.js';

/**
 * An export for the accountant (CSV, XLSX) is a file to keep, not a page to
 * look at: in browser mode it is downloaded, in the desktop app the main
 * process has already saved and opened it.
 */
export function useDownload() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async <M extends MethodName>(method: M, input: Input<M>): Promise<void> => {
    setBusy(true);
    try {
      const file = (await callApi(method, input)) as DocumentFile;
      if (file.savedTo) {
        notifications.show({ color: 'teal', message: t('print.opened', { file: file.savedTo }) });
      } else if (file.bytes) {
        const url = URL.createObjectURL(new Blob([file.bytes], { type: file.contentType }));
        const link = document.createElement('a');
        link.href = url;
        link.download = file.fileName;
        link.click();
        URL.revokeObjectURL(url);
        notifications.show({ color: 'teal', message: t('pay.print.downloaded', { file: file.fileName }) });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}
