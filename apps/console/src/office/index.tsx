import type { Area } from '../shell/area';

/** The office area's routes and navigation (see shell/area.ts). */
export const officeArea: Area = {
  routes: () => <></>,
  nav: [],
};
