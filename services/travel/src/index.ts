export { travelService } from './service';
