import { adminArea } from './admin';
import { explorerArea } from './explorer';
import { officeArea } from './office';
import type { Area } from './shell/area';

/** The areas with pages of their own besides the work queue, the notifications and the case page. */
export const AREAS: readonly Area[] = [officeArea, adminArea, explorerArea];
