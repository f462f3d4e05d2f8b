import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from './states';

/**
 * The console's one dialog for a change: its fields (or the words of a confirmation), the API's
 * refusal shown inside it (the dialog stays open so nothing typed is lost), and labelled submit /
 * Cancel buttons. Irreversible and destructive changes ask here first; destructive ones pass `danger`.
 */
export function FormModal(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  loading: boolean;
  error?: { message: string } | null;
  danger?: boolean;
  size?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog is portalled out of the page's DOM but not out of React's tree: without this, its
    // submit would bubble on to a form the dialog was opened from and run that form's handler too.
    event.stopPropagation();
    props.onSubmit();
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size ?? 'lg'} closeButtonProps={{ 'aria-label': t('app.close') }}>
      <Stack component="form" onSubmit={submit}>
        {typeof props.children === 'string' ? <Text>{props.children}</Text> : props.children}
        {props.error && <LoadError error={props.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" color={props.danger ? 'red.9' : undefined} loading={props.loading}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
