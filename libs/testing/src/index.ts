export * from './engines';
export * from './builders';
export * from './files';
export * from './paper-text';
