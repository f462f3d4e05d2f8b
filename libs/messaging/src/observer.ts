/**
 * What a consumer reports about its work, for metrics (the service kit turns it into Prometheus
 * series). Plain callbacks: messaging knows nothing of how they are counted.
 */
export interface ConsumerObserver {
  /** One transaction applied `records` records (`batch`: several at once) in `seconds`, or failed. */
  applied(consumer: string, mode: 'single' | 'batch', seconds: number, failed: boolean): void;
  /** A record's handling ended: applied, a duplicate the inbox absorbed, ignored or dead-lettered. */
  handled(consumer: string, outcome: 'applied' | 'duplicate' | 'ignored' | 'dead-lettered'): void;
  /** A failed handler is tried again after a back-off. */
  retried(consumer: string): void;
  /** A record was dead-lettered (`code`: CONTRACT_VIOLATION or HANDLER_FAILED). */
  deadLettered(consumer: string, code: string): void;
}
