/**
 * Control characters (Unicode Cc, but tab, line feed and carriage return) and lone surrogates:
 * no name, note, quoted registry line or identifier holds one, and PostgreSQL refuses a NUL outright.
 */
const FORBIDDEN = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;

export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}
