export * from './printed-paper';
export { unprintableCharacters } from './typeface';
