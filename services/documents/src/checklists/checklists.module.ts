import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { ChecklistSweeper } from './checklist.sweeper';
import { ChecklistsConsumer } from './checklists.consumer';
import { ChecklistsResolver } from './checklists.resolver';
import { ChecklistsService } from './checklists.service';

@Module({
  imports: [CaseAccessModule],
  controllers: [ChecklistsConsumer],
  providers: [ChecklistsService, ChecklistsResolver, ChecklistSweeper],
  exports: [ChecklistsService],
})
export class ChecklistsModule {}
