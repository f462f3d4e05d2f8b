import { Module } from '@nestjs/common';
import { CentreDirectoryModule } from '@carta/centre-directory';
import { CasesModule } from './cases/cases.module';
import { NotificationsModule } from './notifications/notifications.module';

@Module({ imports: [CentreDirectoryModule, NotificationsModule, CasesModule] })
export class IntakeModule {}
