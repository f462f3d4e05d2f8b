import 'reflect-metadata';
import { runStandalone } from '@carta/service-kit';
import { documentsService } from './service';

void runStandalone(documentsService);
