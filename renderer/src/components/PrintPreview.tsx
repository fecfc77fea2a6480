import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { DocumentFile } from '@contract/documents.js';
import type { Input, MethodName } from '@contract/index.js';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors.js';
import { callApi } from '../api/transport.js';
import { Dialog } from './Dialog.js';

/**
 * Printing, one click away: calls a printing method and shows the PDF. In the
 * desktop app the main process has already opened it in the system viewer;
 * in browser mode it appears here with Print and Download buttons.
 */
export function usePrint() {
  const { t } = useTranslation();
  const [file, setFile] = useState<DocumentFile | null>(null);
  const [busy, setBusy] = useState(false);
  const print = async <M extends MethodName>(method: M, input: Input<M>): Promise<DocumentFile | null> => {
    setBusy(true);
    try {
      const result = (await callApi(method, input)) as DocumentFile;
      if (result.savedTo) notifications.show({ color: 'teal', message: t('print.opened', { file: result.savedTo }) });
      else setFile(result);
      return result;
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) });
      return null;
    } finally {
      setBusy(false);
    }
  };
  const preview = <PrintPreview file={file} onClose={() => setFile(null)} />;
  return { print, busy, preview };
}

function PrintPreview({ file, onClose }: { file: DocumentFile | null; onClose: () => void }) {
  const { t } = useTranslation();
  const frame = useRef<HTMLIFrameElement>(null);
  const url = useMemo(
    () => (file?.bytes ? URL.createObjectURL(new Blob([file.bytes], { type: file.contentType })) : null),
    [file],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return (
    <Dialog opened={file !== null} onClose={onClose} title={file?.fileName} size="90%" centered>
      {url ? (
        <Stack>
          <iframe ref={frame} src={url} title={file?.fileName} style={{ width: '100%', height: '70vh', border: 0 }} />
          <Group>
            <Button
              leftSection={<IconPrinter size={18} aria-hidden />}
              onClick={() => frame.current?.contentWindow?.print()}
            >
              {t('print.print')}
            </Button>
            <Button
              component="a"
              href={url}
              download={file?.fileName}
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
            >
              {t('print.download')}
            </Button>
            <Button variant="subtle" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('print.hint')}
          </Text>
        </Stack>
      ) : file ? (
        <Alert color="red">{t('common.transport')}</Alert>
      ) : null}
    </Dialog>
  );
}
