import { randomUUID } from 'node:crypto';
import { anOpenCaseInput, aPatient } from '@carta/testing';

/** One openCase as the client sees it: a key made once, resent with the same input until answered. */
export interface Opening {
  key: string;
  familyName: string;
  sentAt: number;
  /** When the first answer with a case arrived (the case is acknowledged). */
  answeredAt?: number;
  caseId?: string;
  attempts: number;
  /** Attempts that got no usable answer (connection refused or cut, timeout, 5xx, an error in the body). */
  unanswered: number;
  /** Of those, attempts the platform accepted but did not answer within 5 s (the rest: refused, cut, or an error answer). */
  timedOut: number;
  /** The request itself was refused (it would be refused again): a bug the suite reports. */
  refused?: string;
}

const OPEN_CASE = `mutation Open($input: OpenCaseInput!, $key: String) { openCase(input: $input, idempotencyKey: $key) { id } }`;
const ATTEMPT_TIMEOUT_MS = 5_000;

/**
 * openCase through the gateway as a careful client does it: one idempotency key per case, and on a
 * lost answer (no answer, a timeout, a gateway or subgraph failure) the same request again with
 * backoff until it is answered. Every tenth request also drops its first answer on purpose (it
 * aborts 30 ms in, after the gateway may already have committed), so resends after a real commit
 * are exercised even when no fault is being injected.
 */
export class OpenCaseLoad {
  readonly openings: Opening[] = [];
  private readonly inFlight = new Set<Promise<Opening>>();
  private token?: { value: string; at: number };
  private running = false;
  private pacing?: Promise<void>;

  constructor(
    private readonly gatewayUrl: string,
    /** Marks this run's patients: every case the load opens has a family name starting with it. */
    readonly marker: string,
    private readonly giveUpAfterMs = 120_000,
  ) {}

  /** Opens cases at `perSecond` until stop(). */
  start(perSecond: number): void {
    this.running = true;
    const interval = 1_000 / perSecond;
    const started = performance.now();
    this.pacing = (async () => {
      for (let sent = 0; this.running; sent++) {
        const wait = started + sent * interval - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (!this.running) break;
        void this.open({ dropFirstAnswer: sent % 10 === 9 });
      }
    })();
  }

  /** Stops sending new cases and waits until every one sent was answered (or given up on). */
  async stop(): Promise<void> {
    this.running = false;
    await this.pacing;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** One case, resent until answered; resolves with its opening (caseId unset if it was given up on). */
  open(options: { dropFirstAnswer?: boolean } = {}): Promise<Opening> {
    const opening: Opening = {
      key: randomUUID(),
      familyName: `${this.marker}${letters(this.openings.length)}`,
      sentAt: Date.now(),
      attempts: 0,
      unanswered: 0,
      timedOut: 0,
    };
    this.openings.push(opening);
    const input = anOpenCaseInput({ patient: aPatient({ familyName: opening.familyName }) });
    const work = this.untilAnswered(opening, input, options.dropFirstAnswer ?? false).finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
    return work;
  }

  private async untilAnswered(opening: Opening, input: unknown, dropFirstAnswer: boolean): Promise<Opening> {
    while (Date.now() - opening.sentAt < this.giveUpAfterMs) {
      opening.attempts += 1;
      const drop = dropFirstAnswer && opening.attempts === 1;
      try {
        const response = await fetch(`${this.gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.bearer()}` },
          body: JSON.stringify({ query: OPEN_CASE, variables: { input, key: opening.key } }),
          signal: AbortSignal.timeout(drop ? 30 : ATTEMPT_TIMEOUT_MS),
        });
        const body = (await response.json()) as { data?: { openCase?: { id: string } }; errors?: { extensions?: { code?: string } }[] };
        const id = body.data?.openCase?.id;
        if (id) {
          opening.caseId = id;
          opening.answeredAt = Date.now();
          return opening;
        }
        if (response.status === 401) this.token = undefined;
        const code = body.errors?.[0]?.extensions?.code;
        // A refusal of the request itself would be refused again: that is a bug, not a lost answer.
        if (code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'FORBIDDEN') {
          opening.refused = code;
          return opening;
        }
      } catch (error) {
        // no answer: resent below
        if (!drop && (error as Error).name === 'TimeoutError') opening.timedOut += 1;
      }
      opening.unanswered += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 100 * opening.attempts)));
    }
    return opening;
  }

  /** A development token, renewed every minute (it outlives that; the gateway is never restarted by the suite). */
  private async bearer(): Promise<string> {
    if (!this.token || Date.now() - this.token.at > 60_000) {
      const response = await fetch(`${this.gatewayUrl}/dev/token?role=coordinator&sub=faults-load`, { signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) });
      this.token = { value: ((await response.json()) as { token: string }).token, at: Date.now() };
    }
    return this.token.value;
  }
}

/** Names take letters only: 0 → `aaaa`, 1 → `aaab`, … */
function letters(n: number): string {
  let out = '';
  for (let rest = n, i = 0; i < 4 || rest > 0; i++, rest = Math.floor(rest / 26)) out = String.fromCharCode(97 + (rest % 26)) + out;
  return out;
}
