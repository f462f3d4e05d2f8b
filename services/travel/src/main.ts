import 'reflect-metadata';
import { runStandalone } from '@carta/service-kit';
import { travelService } from './service';

void runStandalone(travelService);
