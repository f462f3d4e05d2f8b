export * from './domain-error';
export * from './case-access';
export * from './eligibility/lab-standardisation';
export * from './eligibility/criteria';
export * from './eligibility/seed-trials';
export * from './money/money';
