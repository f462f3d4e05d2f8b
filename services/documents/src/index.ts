export { documentsService } from './service';
