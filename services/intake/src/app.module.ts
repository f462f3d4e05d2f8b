import { Module } from '@nestjs/common';
import { CasesModule } from './cases/cases.module';
import { NotificationsModule } from './notifications/notifications.module';

@Module({ imports: [NotificationsModule, CasesModule] })
export class IntakeModule {}
