// What a notifier and its delivery share: what `deliver` is told, the delivery options, the counters.
import type { ApprovalEvent } from "./types";

/** What `deliver` is told besides the event. */
export interface DeliveryContext {
  /** 1 for the first attempt. */
  attempt: number;
  /**
   * The notification's stable identity, `<approval id>:<event type>` (see {@link deliveryKey}):
   * the same for every attempt and for a redelivery after a crash. Give it to the sink as its
   * dedup key (PagerDuty `dedup_key`, an `Idempotency-Key` header).
   */
  deliveryKey: string;
  /** Aborted when the notifier stops or the attempt times out; pass it to your `fetch`. */
  signal: AbortSignal;
}

/** What `onDeliveryFailed` is told besides the event and the last error. */
export interface DeliveryFailure {
  /** The notification's stable identity (see {@link DeliveryContext.deliveryKey}). */
  deliveryKey: string;
  /** How many attempts were made. */
  attempts: number;
}

/** How a notifier hands each event to your sink, and what it does with the ones that fail. */
export interface NotifierDelivery {
  /** Sends one notification; throw (or reject) to have it retried. */
  deliver: (event: ApprovalEvent, context: DeliveryContext) => Promise<void> | void;
  /**
   * The dead letter: called once when an event could not be delivered after every attempt. The
   * notifier then moves on and its checkpoint passes the event, so one failing sink or poison
   * event never blocks later ones; keep what you are given here if you must redeliver it.
   */
  onDeliveryFailed?: (event: ApprovalEvent, error: unknown, failure: DeliveryFailure) => void;
  /** How many delivery keys to remember for dropping duplicates. Default 10 000. */
  dedupeWindow?: number;
}

/** Counters of a notifier, for logs and health checks. */
export interface NotifierStats {
  /** Events delivered. */
  delivered: number;
  /** Events given up on after every attempt (reported through `onDeliveryFailed`). */
  failed: number;
  /** Events dropped because their delivery key was already handled (here or in the ledger). */
  duplicates: number;
  /**
   * Events not delivered (or not retried) because a later transition of the same approval came
   * first: a request or escalation still waiting or retrying when the decision is known.
   */
  superseded: number;
  /** Times this notifier became the leader. */
  leaderships: number;
  /** The resume point last saved. */
  lastEventId: string | undefined;
}
