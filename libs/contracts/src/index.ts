export * from './envelope';
export * from './topics';
export * from './values';
export * from './event-definition';
export * from './catalog';
export * from './events/intake-case';
export * from './events/documents-checklist';
export * from './events/eligibility-referral';
