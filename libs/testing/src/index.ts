export * from './engines';
export * from './builders';
export * from './files';
