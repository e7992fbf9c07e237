import { BYTE_BUDGET } from "./chunking";

/**
 * Batches queued Office.js operations into as few `context.sync()` calls as
 * the 5 MB limit allows: callers reserve the estimated request and response
 * bytes of an operation before queuing it, and the budget syncs first when the
 * operation would not fit. So a method makes one round trip per ~4 MB of work,
 * never one per cell or per row.
 */
export interface Cost {
  readonly request: number;
  readonly response?: number;
}

export class SyncBudget {
  private request = 0;
  private response = 0;
  private open = false;
  /** Round trips made through this budget. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly byteBudget: number = BYTE_BUDGET,
    /** Queued at the start of every batch, e.g. suspendApiCalculationUntilNextSync (it lasts one sync only). */
    private readonly onBatchStart?: () => void,
  ) {}

  /** Makes room for an operation of this cost; call it before queuing the operation. */
  async reserve(cost: Cost): Promise<void> {
    const response = cost.response ?? 0;
    if (this.open && (this.request + cost.request > this.byteBudget || this.response + response > this.byteBudget)) {
      await this.flush();
    }
    if (!this.open) {
      this.open = true;
      this.onBatchStart?.();
    }
    this.request += cost.request;
    this.response += response;
  }

  /** Sends what is queued (if anything was reserved since the last sync). */
  async flush(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.request = 0;
    this.response = 0;
    this.syncs++;
    await this.context.sync();
  }
}
