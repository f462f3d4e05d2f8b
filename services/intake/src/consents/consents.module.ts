import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { ConsentFactsConsumer } from './consent-facts.consumer';
import { ConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';

@Module({ imports: [CaseAccessModule], controllers: [ConsentFactsConsumer], providers: [ConsentsService, ConsentsResolver], exports: [ConsentsService] })
export class ConsentsModule {}
