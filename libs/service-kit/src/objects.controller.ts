import { Controller, Get, Inject, Put, Req, Res } from '@nestjs/common';
import { DomainError } from '@carta/domain';
import { FilesystemObjectStore, ObjectStore } from '@carta/storage';
import { Request, Response } from 'express';
import { OBJECT_STORE } from './tokens';

/**
 * Embedded mode only: every service serves its filesystem store's signed URLs (documents, letters,
 * estimates, invoices), the way MinIO serves presigned ones. The signature is the capability
 * (method, key, expiry), as with S3.
 */
@Controller('objects')
export class ObjectsController {
  constructor(@Inject(OBJECT_STORE) private readonly store: ObjectStore) {}

  @Get()
  async get(@Req() req: Request, @Res() res: Response) {
    const key = this.signedKey('GET', req);
    const stat = await this.store.stat(key);
    if (!stat) throw new DomainError('NOT_FOUND', 'no such object');
    res.setHeader('content-type', stat.contentType);
    res.setHeader('content-length', String(stat.size));
    (await this.store.get(key)).pipe(res);
  }

  @Put()
  async put(@Req() req: Request) {
    const key = this.signedKey('PUT', req);
    const length = Number(req.headers['content-length']);
    await this.store.put(key, req, { size: Number.isFinite(length) ? length : undefined, contentType: req.headers['content-type'] ?? 'application/octet-stream' });
    return { key };
  }

  private signedKey(method: 'GET' | 'PUT', req: Request): string {
    if (!(this.store instanceof FilesystemObjectStore)) throw new DomainError('NOT_FOUND', 'objects are served by the object store');
    const key = this.store.verifySignedUrl(method, new URL(req.originalUrl, 'http://local'));
    if (!key) throw new DomainError('FORBIDDEN', 'the link is invalid or has expired');
    return key;
  }
}
