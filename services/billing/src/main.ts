import 'reflect-metadata';
import { runStandalone } from '@carta/service-kit';
import { billingService } from './service';

void runStandalone(billingService);
