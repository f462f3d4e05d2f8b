import { Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../i18n/format';
import { LoadError } from '../shell/states';

// Pieces the journey and money tabs share (both are this helper's areas).

/** A mutation's promise rejects on an API refusal; the hook's `error` shows it, so the rejection is settled here. */
export async function settled<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch {
    return undefined;
  }
}

/**
 * A download the API serves through a short-lived link: the button asks for a fresh link (every fetch
 * is audited), then the page offers it as a link with its expiry, to open or save.
 */
export function DownloadLink({ label, fetchLink }: { label: string; fetchLink: () => Promise<{ url: string; expiresAt: string }> }) {
  const { t, i18n } = useTranslation();
  const [link, setLink] = useState<{ url: string; expiresAt: string }>();
  const [error, setError] = useState<{ message: string }>();
  const [loading, setLoading] = useState(false);
  const ask = async () => {
    setLoading(true);
    setError(undefined);
    try {
      setLink(await fetchLink());
    } catch (failure) {
      setError(failure instanceof Error ? failure : { message: String(failure) });
    } finally {
      setLoading(false);
    }
  };
  return (
    <Stack gap={4} align="flex-start">
      <Button variant="default" size="xs" onClick={() => void ask()} loading={loading}>
        {label}
      </Button>
      {link && (
        <Anchor href={link.url} target="_blank" rel="noreferrer" size="sm">
          {t('journey.download.open', { label, expires: formatInstant(link.expiresAt, i18n.language) })}
        </Anchor>
      )}
      {error && <LoadError error={error} />}
    </Stack>
  );
}
