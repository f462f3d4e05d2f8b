import './workers';
import 'graphiql/style.css';
import './explorer.css';
import { Box, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
// The API's schema file (as codegen reads it), not the gateway's code: the console still knows the platform only by its API.
// eslint-disable-next-line @nx/enforce-module-boundaries
import supergraphSdl from '../../../../gateway/supergraph.graphql?raw';
import { authorizedFetch } from '../apollo';
import type { Session } from '../auth/session';
import { useAccessibleTabs } from './accessible-tabs';
import { apiSchemaFromSupergraph } from './api-schema';
import { personalStorage } from './storage';

/** Every request as the signed-in user (their token, not more): the API decides what they may run. */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await authorizedFetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};

/**
 * The API's schema, built from the same committed supergraph the gateway serves (the console and the
 * gateway ship together). Not by introspection: the gateway allows it only under `npm start`'s
 * development issuer, and elsewhere refuses it with a 400 that every page load would log.
 */
const schema = apiSchemaFromSupergraph(supergraphSdl);

/** GraphiQL, bundled with the console (no CDN), signed in as the console's user. */
export default function ExplorerPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('admin.explorer.heading')} · ${t('app.title')}`);
  const editor = useRef<HTMLDivElement>(null);
  useAccessibleTabs(editor);
  const storage = useMemo(() => personalStorage(session.subject), [session.subject]);
  return (
    <Stack gap="xs">
      <Title order={1}>{t('admin.explorer.heading')}</Title>
      <Text size="sm">{t('admin.explorer.intro')}</Text>
      <Box ref={editor} h="calc(100vh - 200px)" mih={480}>
        <GraphiQL
          fetcher={fetcher}
          schema={schema}
          defaultQuery={`# ${t('admin.explorer.defaultQuery')}\n`}
          storage={storage}
          isHeadersEditorEnabled={false}
          forcedTheme="light"
        />
      </Box>
    </Stack>
  );
}
