export * from './printed-paper';
