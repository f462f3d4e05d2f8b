import { Paper, Stack, Text } from '@mantine/core';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Where a file is dropped or picked: an area taking a dragged file, around a labelled file input (the
 * keyboard's and screen reader's way in). Hand-written because @mantine/dropzone pins an older core.
 */
export function DropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  const accept = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <Paper
      withBorder
      p="md"
      aria-label={t('records.upload.dropArea')}
      role="group"
      style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: over ? 'var(--mantine-color-blue-7)' : undefined }}
      onDragOver={(event: DragEvent) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={accept}
    >
      <Stack gap={4} align="center">
        <Text>{t('records.upload.dropHint')}</Text>
        <label htmlFor={id}>{t('records.upload.pick')}</label>
        <input
          id={id}
          type="file"
          disabled={disabled}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
            // The same file can be picked again after a refusal.
            event.currentTarget.value = '';
          }}
        />
      </Stack>
    </Paper>
  );
}
