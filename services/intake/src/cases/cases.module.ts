import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { ConsentsModule } from '../consents/consents.module';
import { CasesConsumer } from './cases.consumer';
import { CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';

@Module({ imports: [CaseAccessModule, ConsentsModule], controllers: [CasesConsumer], providers: [CasesService, CasesResolver] })
export class CasesModule {}
