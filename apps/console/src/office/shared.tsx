import { List, Paper, Text } from '@mantine/core';

/** A boxed notice with a title and a list (what is missing, what cannot be printed, JSON errors): readable, not an alarm. */
export function Notice({ title, items, tone }: { title: string; items: string[]; tone: 'warning' | 'error' }) {
  return (
    <Paper withBorder p="sm" style={{ borderLeft: `4px solid var(--mantine-color-${tone === 'error' ? 'red' : 'orange'}-9)` }}>
      <Text fw={700}>{title}</Text>
      {items.length > 0 && (
        <List aria-label={title} mt={4}>
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
