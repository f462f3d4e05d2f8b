export { intakeService } from './service';
