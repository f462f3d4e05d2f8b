export * from './audit';
export * from './audit-catalogue';
export * from './audit-chain';
export * from './audit-fhir';
export * from './audit-record.entity';
export * from './audit-trail.service';
export * from './audit.migrations';
