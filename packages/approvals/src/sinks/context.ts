import { deliveryKey } from "../delivery-key";
import type { ApprovalEvent } from "../types";

/** What a sink reads from the notifier's delivery context (a `DeliveryContext` fits). */
export interface SinkContext {
  /** Aborts the request (the notifier is stopping). */
  signal?: AbortSignal;
  /** The transition's delivery key; computed with `deliveryKey` when absent. */
  deliveryKey?: string;
}

/** A ready sink: pass it as the notifier's `deliver`. Rejects with `SinkDeliveryError` to be retried. */
export type ApprovalSink = (event: ApprovalEvent, context?: SinkContext) => Promise<void>;

/** Reads a string field the server may omit (tolerant reader): `fallback` when missing or not a string. */
export function textField(record: unknown, field: string, fallback: string): string {
  const value = typeof record === "object" && record !== null ? (record as Record<string, unknown>)[field] : undefined;
  return typeof value === "string" && value !== "" ? value : fallback;
}

/**
 * The delivery key a sink sends: the notifier's `context.deliveryKey` when it passes one, else
 * `deliveryKey(event)` (the same key), so a sink also works outside a notifier.
 */
export function sinkDeliveryKey(event: Pick<ApprovalEvent, "type" | "data">, context?: SinkContext): string {
  const given = context?.deliveryKey;
  return typeof given === "string" && given !== "" ? given : deliveryKey(event);
}
