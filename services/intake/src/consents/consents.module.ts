import { Module } from '@nestjs/common';
import { ConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';

@Module({ providers: [ConsentsService, ConsentsResolver], exports: [ConsentsService] })
export class ConsentsModule {}
