import { Module } from '@nestjs/common';
import { NotificationsConsumer } from './notifications.consumer';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({ controllers: [NotificationsConsumer], providers: [NotificationsService, NotificationsResolver] })
export class NotificationsModule {}
