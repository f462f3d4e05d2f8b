import { hasRole, Identity } from '@carta/auth';

/** Internal staff (coordinators and admins): they see every case's record and its identifying details. */
export const isStaff = (identity: Identity): boolean => hasRole(identity, 'coordinator', 'admin');

/** Whether the identity may act for `centreId`'s own reference data (profile, tariff): an admin, or that centre's office. */
export const actsForCentre = (identity: Identity, centreId: string): boolean => hasRole(identity, 'admin') || identity.centreId === centreId;
