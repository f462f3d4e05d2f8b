export * from './centre-directory';
export * from './centre-directory.entity';
export * from './centre-directory.migrations';
