// The six services' dead letters as one list. Each service answers for itself (one may refuse or
// fail while the others answer), so the page merges what came back and keeps each refusal apart.

/** The services that keep dead letters, in the order the page lists them. */
export const DEAD_LETTER_SERVICES = ['intake', 'documents', 'eligibility', 'centres', 'travel', 'billing'] as const;
export type DeadLetterService = (typeof DEAD_LETTER_SERVICES)[number];

export interface DeadLetterRow {
  id: string;
  consumer: string;
  topic: string;
  eventType?: string | null;
  errorCode: string;
  errorMessage: string;
  attempts: number;
  createdAt: string;
  redrivenAt?: string | null;
}

export interface ServiceDeadLetter extends DeadLetterRow {
  service: DeadLetterService;
}

/** One list, newest failure first (ties: by service, then id, so the order is stable). */
export function mergeDeadLetters(answers: Partial<Record<DeadLetterService, readonly DeadLetterRow[] | undefined>>): ServiceDeadLetter[] {
  return DEAD_LETTER_SERVICES.flatMap((service) => (answers[service] ?? []).map((letter) => ({ ...letter, service }))).sort(
    (a, b) =>
      Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
      DEAD_LETTER_SERVICES.indexOf(a.service) - DEAD_LETTER_SERVICES.indexOf(b.service) ||
      a.id.localeCompare(b.id),
  );
}

/** The rows of one service, or of all when `service` is null. */
export function ofService(letters: readonly ServiceDeadLetter[], service: DeadLetterService | null): ServiceDeadLetter[] {
  return service ? letters.filter((letter) => letter.service === service) : [...letters];
}
