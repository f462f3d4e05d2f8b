import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The one loading state every page shows. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Group role="status" gap="xs">
      <Loader size="sm" aria-hidden />
      <Text>{t('app.loading')}</Text>
    </Group>
  );
}

/** The one error state: the API's message (never a stack: the gateway sends none) and a retry. */
export function LoadError({ error, retry }: { error: { message: string }; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('app.error', { message: error.message })}>
      {retry && (
        <Button variant="outline" color="red.9" size="xs" onClick={retry}>
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}
