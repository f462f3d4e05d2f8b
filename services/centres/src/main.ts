import 'reflect-metadata';
import { runStandalone } from '@carta/service-kit';
import { centresService } from './service';

void runStandalone(centresService);
