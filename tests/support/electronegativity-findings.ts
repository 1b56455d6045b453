// SPDX-License-Identifier: MIT
// Electronegativity's results, made comparable with the checked-in list of accepted findings
// (src-main/app/electronegativity-accepted.json): every finding named by check id and by its path
// from the repository root, so one list serves the source scan and the build scan. A file the tool
// could not parse is a finding too (check PARSE_ERROR): nothing in it was checked.
import { z } from 'zod';

export const AcceptedFinding = z.object({
  check: z.string().min(1),
  /** Path from the repository root; `*` matches any run of characters but `/` (hashed bundle names). A global check with no file names the scanned folder, ending in `/`. */
  file: z.string().min(1),
  reason: z.string().min(40),
});
export type AcceptedFinding = z.infer<typeof AcceptedFinding>;
export const AcceptedFindings = z.array(AcceptedFinding);

export interface ScanResult {
  issues: { check: string; file: string; line: number; description: string; sample: string | null; manualReview: boolean }[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

export interface Finding {
  check: string;
  /** From the repository root. */
  file: string;
  line: number;
  description: string;
}

/** `root` is the scanned folder relative to the repository (`src-main`, `out`). */
export function findingsOf(root: string, scan: ScanResult): Finding[] {
  const findings = scan.issues.map((i) => ({
    check: i.check,
    file: i.file === 'N/A' ? `${root}/` : `${root}/${i.file}`,
    line: i.line,
    description: `${i.description}${i.manualReview ? ' (manual review)' : ''}${i.sample ? `: ${i.sample}` : ''}`,
  }));
  // Errors name the file as given on the command line, i.e. already from the repository root.
  const unparsed = scan.errors.filter((e) => !e.tolerable).map((e) => ({ check: 'PARSE_ERROR', file: e.file, line: 0, description: e.message }));
  return [...findings, ...unparsed];
}

function fileMatcher(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^/]*')}$`);
}

export function isAccepted(finding: Finding, accepted: AcceptedFinding): boolean {
  return finding.check === accepted.check && fileMatcher(accepted.file).test(finding.file);
}

export interface Verdict {
  /** Findings no accepted entry covers: fix them, or justify them in the list. */
  unaccepted: Finding[];
  /** Entries under a scanned folder that no finding needs any more: remove them. */
  stale: AcceptedFinding[];
}

export function judge(findings: readonly Finding[], accepted: readonly AcceptedFinding[], scannedRoots: readonly string[]): Verdict {
  const unaccepted = findings.filter((f) => !accepted.some((a) => isAccepted(f, a)));
  const stale = accepted.filter((a) => scannedRoots.some((root) => a.file.startsWith(`${root}/`)) && !findings.some((f) => isAccepted(f, a)));
  return { unaccepted, stale };
}

export function describeFinding(f: Finding): string {
  return `${f.check} ${f.file}${f.line ? `:${f.line}` : ''} ${f.description}`;
}
