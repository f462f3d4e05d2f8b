import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Labelled values side by side, as a description list (screen readers announce each label with its value). */
export function Details({ children }: { children: ReactNode }) {
  return (
    <Group component="dl" gap="xl" align="flex-start" m={0}>
      {children}
    </Group>
  );
}

/** One labelled value of a description list. */
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
