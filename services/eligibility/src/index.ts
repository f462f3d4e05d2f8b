export { eligibilityService } from './service';
