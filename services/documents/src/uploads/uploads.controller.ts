import { Controller, Param, Put, Req } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { parseUuid, Roles } from '@carta/service-kit';
import { Request } from 'express';
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
