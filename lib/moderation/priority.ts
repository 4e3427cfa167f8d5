// The order of the review queue (pure; no I/O): how harmful the reasons are, how many distinct
// members reported, how often those reporters were right before, and how long it has waited.
import type { QueueItemKind } from "./vocabulary";

export interface QueueSignals {
  kind: QueueItemKind;
  /** The most severe reason among the open reports (1–5; lib/moderation/vocabulary.ts). */
  severity: number;
  /** Distinct members with an open report on the target. */
  reporters: number;
  /** The reporters' past accuracy: actioned ÷ (actioned + dismissed), 0.5 when unknown. */
  accuracy: number;
  ageHours: number;
}

export const priorityWeights = {
  /** Per severity point: harm to a person (personal data, harassment) goes first. */
  severity: 10,
  /** Per distinct reporter, up to `reportersMax`: many people agreeing is a signal. */
  reporter: 4,
  reportersMax: 10,
  /** Reporters who were right before are believed more (0–10 points). */
  accuracy: 10,
  /** One point per 12 hours waiting, up to a week: nothing waits forever. */
  agePerHours: 12,
  ageMaxHours: 168,
} as const;

/** Automatic holds and appeals have no reports: their severity by kind. */
export const kindSeverity: Record<QueueItemKind, number> = { reports: 0, hold: 4, appeal: 3 };

export function queuePriority(s: QueueSignals): number {
  const w = priorityWeights;
  const severity = Math.max(s.severity, kindSeverity[s.kind]);
  return (
    severity * w.severity +
    Math.min(s.reporters, w.reportersMax) * w.reporter +
    Math.min(Math.max(s.accuracy, 0), 1) * w.accuracy +
    Math.min(Math.max(s.ageHours, 0), w.ageMaxHours) / w.agePerHours
  );
}
