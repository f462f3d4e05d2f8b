export { centresService } from './service';
