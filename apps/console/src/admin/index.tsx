import type { Area } from '../shell/area';

/** The admin area's routes and navigation (see shell/area.ts). */
export const adminArea: Area = {
  routes: () => <></>,
  nav: [],
};
