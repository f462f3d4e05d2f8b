import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { ConsentsModule } from '../consents/consents.module';
import { CaseFactsConsumer } from './case-facts.consumer';
import { CaseListService } from './case-list.service';
import { CasesConsumer } from './cases.consumer';
import { CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';
import { PeopleResolver } from '../patients/people.resolver';
import { PeopleService } from '../patients/people.service';

@Module({
  imports: [CaseAccessModule, ConsentsModule],
  controllers: [CasesConsumer, CaseFactsConsumer],
  providers: [CasesService, CaseListService, CasesResolver, PeopleService, PeopleResolver],
})
export class CasesModule {}
