import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { ConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';

@Module({ imports: [CaseAccessModule], providers: [ConsentsService, ConsentsResolver], exports: [ConsentsService] })
export class ConsentsModule {}
