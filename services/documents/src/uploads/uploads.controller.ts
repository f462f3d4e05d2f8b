import { Controller, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { DomainError } from '@carta/domain';
import { OBJECT_STORE, parseUuid, Roles } from '@carta/service-kit';
import { FilesystemObjectStore, ObjectStore } from '@carta/storage';
import { Request, Response } from 'express';
import { DocumentsService } from '../documents/documents.service';

/**
 * The streaming upload, for clients that cannot presign (reached through the gateway's
 * `PUT /uploads/:versionId`): the request body flows into the store, never into memory.
 */
@Controller('uploads')
export class UploadsController {
  constructor(private readonly documents: DocumentsService) {}

  @Roles('coordinator', 'admin')
  @Put(':versionId')
  async upload(@Param('versionId') versionId: string, @Req() req: Request & { identity: Identity }) {
    const version = await this.documents.streamUpload(req.identity, parseUuid(versionId, 'versionId'), req);
    return { versionId: version.id, status: version.status, statusReason: version.statusReason };
  }
}

/**
 * Embedded mode only: serves the filesystem store's signed URLs, the way MinIO serves presigned
 * ones. The signature is the capability (method, key, expiry), as with S3.
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
