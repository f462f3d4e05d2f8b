import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/service-kit';
import { ChecklistsConsumer } from './checklists.consumer';
import { ChecklistsResolver } from './checklists.resolver';
import { ChecklistsService } from './checklists.service';

@Module({ imports: [CaseAccessModule], controllers: [ChecklistsConsumer], providers: [ChecklistsService, ChecklistsResolver] })
export class ChecklistsModule {}
