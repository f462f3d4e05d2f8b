import { Controller, Param, Put, Req, Res } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { parseUuid, Roles } from '@carta/service-kit';
import { detachedBody } from '@carta/storage';
import { Request, Response } from 'express';
import { DocumentsService } from '../documents/documents.service';

/**
 * The streaming upload, for clients that cannot post the signed form (reached through the gateway's
 * `PUT /uploads/:versionId`): the request body flows to the version's staging key, never into memory.
 */
@Controller('uploads')
export class UploadsController {
  constructor(private readonly documents: DocumentsService) {}

  @Roles('coordinator', 'admin')
  @Put(':versionId')
  async upload(@Param('versionId') versionId: string, @Req() req: Request & { identity: Identity }, @Res({ passthrough: true }) res: Response) {
    try {
      const version = await this.documents.streamUpload(req.identity, parseUuid(versionId, 'versionId'), detachedBody(req));
      return { versionId: version.id, status: version.status, statusReason: version.statusReason };
    } finally {
      // A body refused (or never wanted) part-way is not read to its end: answer, then close the connection.
      if (!req.complete) res.setHeader('connection', 'close');
    }
  }
}
