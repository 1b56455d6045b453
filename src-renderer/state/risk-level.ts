// SPDX-License-Identifier: MIT
// How a scam-risk score reads to the user: three levels with the same bounds as the risk filter,
// so that "≥ 0.8" in the filter and a red badge in the list always mean the same messages.
export type RiskLevel = 'high' | 'medium' | 'low';

export const HIGH_RISK = 0.8;
export const MEDIUM_RISK = 0.5;

export function riskLevel(risk: number | null | undefined): RiskLevel | null {
  if (risk === null || risk === undefined || !Number.isFinite(risk)) return null;
  if (risk >= HIGH_RISK) return 'high';
  if (risk >= MEDIUM_RISK) return 'medium';
  return 'low';
}

/** Two decimals, cut rather than rounded, so that 0.799 never reads as the high-risk "0.80". */
export function formatRisk(risk: number): string {
  return (Math.floor(Math.max(0, Math.min(1, risk)) * 100) / 100).toFixed(2);
}
