import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpCode, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import { DomainError } from '@carta/domain';
import { detachedBody, FilesystemObjectStore, ObjectExists, ObjectSizeMismatch, ObjectStore, ObjectTooLarge, UploadRefused } from '@carta/storage';
import { Request, Response } from 'express';
import { Clock, CLOCK } from './clock';
import { attachmentDisposition, ObjectLinks } from './download-link';
import { Public } from './identity.guard';
import { OBJECT_STORE } from './tokens';

/**
 * Every service serves its own objects here (documents, letters, estimates, invoices), reached
 * through the gateway's `/objects/<service>`: GET for signed download links (any store), and in
 * embedded mode POST for the filesystem store's signed upload forms, as S3 takes them.
 */
// The signature is the capability (as with S3 presigned URLs): no forwarded identity.
@Public()
@Controller('objects')
export class ObjectsController {
  private readonly logger = new Logger('objects');

  constructor(
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly links: ObjectLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async get(@Req() req: Request, @Res() res: Response): Promise<void> {
    const signed = this.links.verify(new URL(req.originalUrl, 'http://local').searchParams, this.clock.now());
    if (!signed) throw new DomainError('FORBIDDEN', 'the link is invalid or has expired');
    const read = await this.store.get(signed.key);
    if (!read) throw new DomainError('NOT_FOUND', 'no such object');
    if (signed.sha256 && read.object.metadata.sha256 !== signed.sha256) {
      read.body.destroy();
      this.logger.error(`object ${signed.key} does not carry the checksum it was verified with; refused`);
      throw new DomainError('CONFLICT', 'the stored file is not the one that was verified, so it is not served');
    }
    res.status(200).set({
      // The type and name the link was signed with (the verified ones), never what the uploader sent.
      'content-type': signed.contentType,
      'content-length': String(read.object.size),
      'content-disposition': attachmentDisposition(signed.fileName),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'no-store',
    });
    try {
      await pipeline(read.body, res);
    } catch {
      // The reader went away mid-download: both ends are closed by the pipeline, nothing to answer.
    }
  }

  @Post()
  @HttpCode(204)
  async post(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (!(this.store instanceof FilesystemObjectStore)) throw new DomainError('NOT_FOUND', 'uploads go to the object store');
    try {
      await this.store.acceptUpload(detachedBody(req), req.headers);
    } catch (error) {
      // A refused body is not read to its end: answer, then close the connection.
      if (!req.complete) res.setHeader('connection', 'close');
      throw refusal(error);
    }
  }
}

function refusal(error: unknown): unknown {
  if (error instanceof UploadRefused) return new DomainError('FORBIDDEN', error.message);
  if (error instanceof ObjectTooLarge || error instanceof ObjectSizeMismatch)
    return new DomainError('BAD_USER_INPUT', `the file is not the size this form admits: ${error.message}`);
  if (error instanceof ObjectExists) return new DomainError('CONFLICT', 'this upload was already received');
  return error;
}
