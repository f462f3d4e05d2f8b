export * from './catalogue';
export * from './decode';
export * from './kpis';
export * from './read-topics';
export * from './main';
