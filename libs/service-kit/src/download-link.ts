import { ObjectStore } from '@carta/storage';
import { Clock } from './clock';

/** Downloads are short-lived presigned GETs: long enough to open, too short to pass around. */
export const DOWNLOAD_LINK_SECONDS = 5 * 60;

export interface DownloadLink {
  url: string;
  expiresAt: string;
}

/** The one way a stored object is handed out, after the caller checked access and audited the read. */
export async function downloadLink(store: ObjectStore, objectKey: string, clock: Clock): Promise<DownloadLink> {
  return {
    url: await store.presignGet(objectKey, { expiresInSeconds: DOWNLOAD_LINK_SECONDS }),
    expiresAt: new Date(clock.now().getTime() + DOWNLOAD_LINK_SECONDS * 1000).toISOString(),
  };
}
