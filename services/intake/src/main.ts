import 'reflect-metadata';
import { runStandalone } from '@carta/service-kit';
import { intakeService } from './service';

void runStandalone(intakeService);
