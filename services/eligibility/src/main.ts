import 'reflect-metadata';
import { runStandalone } from '@carta/service-kit';
import { eligibilityService } from './service';

void runStandalone(eligibilityService);
