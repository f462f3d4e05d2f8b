import { createHmac, timingSafeEqual } from 'node:crypto';
import { Clock } from './clock';

/** Downloads are short-lived links: long enough to open, too short to pass around. */
export const DOWNLOAD_LINK_SECONDS = 5 * 60;

export interface DownloadLink {
  url: string;
  expiresAt: string;
}

/** How the bytes are served: the verified type and a file name, both from the database, never from the uploader's request. */
export interface ServedAs {
  contentType: string;
  fileName: string;
  /** The verified SHA-256: an object whose stored checksum differs is refused, not served. */
  sha256?: string;
}

export interface SignedObject extends ServedAs {
  key: string;
}

export interface ObjectLinksOptions {
  /** The service whose objects route serves the link (the gateway forwards `/objects/<service>` there). */
  service: string;
  /** The platform's shared secret; links are signed with a key derived from it for this use only. */
  secret: string;
  /** The platform's public origin (the gateway), e.g. http://127.0.0.1:4000. */
  publicUrl: string;
}

const PARAMS = ['key', 'type', 'name', 'sha256', 'expires', 'signature'] as const;

/**
 * Signs and checks download links. Objects are always served through Carta (never by a presigned
 * store URL) so that every download carries the headers that keep a file from acting on our
 * origin. The signature binds method, service, key, expiry, type, file name and checksum: a link
 * cannot be re-pointed at another object or made to serve its bytes as something else.
 */
export class ObjectLinks {
  private readonly key: Buffer;
  private readonly base: string;

  constructor(private readonly options: ObjectLinksOptions) {
    this.key = createHmac('sha256', options.secret).update('carta object links').digest();
    this.base = `${options.publicUrl.replace(/\/+$/, '')}/objects/${encodeURIComponent(options.service)}`;
  }

  /** A path on the platform's public origin (e.g. a calendar subscription the gateway serves), never a service's own port. */
  onPublicOrigin(path: string): string {
    return new URL(path, `${this.options.publicUrl.replace(/\/+$/, '')}/`).toString();
  }

  sign(objectKey: string, served: ServedAs, expiresAt: Date): string {
    const expires = Math.floor(expiresAt.getTime() / 1000);
    const signed: SignedObject = { key: objectKey, ...served };
    const url = new URL(this.base);
    url.searchParams.set('key', objectKey);
    url.searchParams.set('type', served.contentType);
    url.searchParams.set('name', served.fileName);
    if (served.sha256) url.searchParams.set('sha256', served.sha256);
    url.searchParams.set('expires', String(expires));
    url.searchParams.set('signature', this.signature(signed, expires).toString('hex'));
    return url.toString();
  }

  /** What a link grants, or null when it is forged, altered or expired. */
  verify(query: URLSearchParams, now: Date): SignedObject | null {
    if ([...query.keys()].some((name) => !(PARAMS as readonly string[]).includes(name))) return null;
    const key = query.get('key');
    const contentType = query.get('type');
    const fileName = query.get('name');
    const sha256 = query.get('sha256') ?? undefined;
    const expires = Number(query.get('expires'));
    if (!key || !contentType || !fileName || !Number.isSafeInteger(expires) || expires * 1000 < now.getTime()) return null;
    const signed: SignedObject = { key, contentType, fileName, ...(sha256 ? { sha256 } : {}) };
    const given = Buffer.from(query.get('signature') ?? '', 'hex');
    const expected = this.signature(signed, expires);
    return given.length === expected.length && timingSafeEqual(given, expected) ? signed : null;
  }

  private signature(signed: SignedObject, expires: number): Buffer {
    const message = JSON.stringify(['GET', this.options.service, signed.key, signed.contentType, signed.fileName, signed.sha256 ?? '', expires]);
    return createHmac('sha256', this.key).update(message).digest();
  }
}

/**
 * The one way a stored object is handed out, after the caller checked access and audited the read:
 * a short-lived signed link on the platform's public origin, served by the owning service.
 */
export function downloadLink(links: ObjectLinks, objectKey: string, clock: Clock, served: ServedAs): DownloadLink {
  const expiresAt = new Date(clock.now().getTime() + DOWNLOAD_LINK_SECONDS * 1000);
  return { url: links.sign(objectKey, served, expiresAt), expiresAt: expiresAt.toISOString() };
}

/**
 * `Content-Disposition: attachment` with a plain ASCII fallback and the exact name in RFC 5987 form:
 * the browser saves the file, never renders it on our origin.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .replace(/[^A-Za-z0-9._() -]/g, '_')
      .replace(/^[ .]+/, '')
      .slice(0, 150) || 'download';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
