/** Runs the auto-approver only while this replica holds the coordination's lease (the notifier's leadership). */
import type { Coordination } from "../coordination";
import { acquireLeadership, type Leadership } from "../notifier-leadership";
import { linkedController } from "../util";

/**
 * Repeats until `signal` aborts: wait for the lease, then `lead(leadingSignal, leadership)`, where
 * `leadingSignal` aborts on stop or on a lost lease; the lease is released after each term. An
 * error while the lease is held propagates; one caused by stopping or losing the lease does not.
 */
export async function whileLeading(
  coordination: Coordination,
  signal: AbortSignal,
  lead: (leadingSignal: AbortSignal, leadership: Leadership) => Promise<void>,
  onLeadership: (leadership: Leadership | undefined) => void,
): Promise<void> {
  while (!signal.aborted) {
    const leadership = await acquireLeadership(coordination, signal);
    if (!leadership) return;
    onLeadership(leadership);
    const leading = linkedController(signal, leadership.lost);
    try {
      await lead(leading.signal, leadership);
    } catch (error) {
      if (!leading.signal.aborted) throw error;
    } finally {
      onLeadership(undefined);
      leading.abort();
      leading.dispose();
      await leadership.end();
    }
  }
}
