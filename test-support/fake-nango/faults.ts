/**
 * Injected failures: slow answers (real time, to exercise client timeouts), 5xx answers and
 * dropped sockets. Each rule affects a limited or unlimited number of matching requests.
 */
import { errorReply, type Reply } from './reply';
import type { Fault, FaultMatch } from './types';

interface FaultRule {
  fault: Fault;
  match: FaultMatch;
  remaining: number;
}

/** What the faults decided for one request. */
export interface FaultPlan {
  /** Real milliseconds to wait before answering. */
  delayMs: number;
  /** `drop` destroys the socket; a Reply is sent instead of the route's answer. */
  outcome: 'drop' | Reply | undefined;
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

/** The active fault rules. */
export class Faults {
  private rules: FaultRule[] = [];

  /** Adds a rule; earlier rules are applied first. */
  add(fault: Fault, match: FaultMatch = {}): void {
    this.rules.push({ fault, match: { ...match }, remaining: match.times ?? Infinity });
  }

  clear(): void {
    this.rules = [];
  }

  /**
   * Consumes every matching rule: slow delays add up, and the first `status` or `drop` decides
   * the outcome (so `slow` + `status` gives a slow 503).
   */
  plan(method: string, path: string): FaultPlan {
    const plan: FaultPlan = { delayMs: 0, outcome: undefined };
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || !matches(rule.match, method, path)) continue;
      if (rule.fault.kind !== 'slow' && plan.outcome !== undefined) continue;
      rule.remaining -= 1;
      if (rule.fault.kind === 'slow') plan.delayMs += rule.fault.delayMs;
      else if (rule.fault.kind === 'drop') plan.outcome = 'drop';
      else plan.outcome = faultReply(rule.fault.status);
    }
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return plan;
  }
}

function faultReply(status: number): Reply {
  return errorReply(status, 'server_error', `Simulated failure (fake-nango fault ${status})`);
}
