import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/service-kit';
import { CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';

@Module({ imports: [CaseAccessModule], providers: [CasesService, CasesResolver] })
export class CasesModule {}
