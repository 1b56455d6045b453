// SPDX-License-Identifier: MIT
import type { Command } from 'commander';
import { summarizeAnalysis } from '../../core/analysis/summarize-analysis';
import { openCliDatabase, type DbFlags } from '../db-options';
import { printJson, printLine } from '../output';
import { runCliAnalysis } from '../analysis-run';

export function registerAnalyze(program: Command, flags: () => DbFlags): void {
  program
    .command('analyze')
    .description('analyse what changed since the last run (new messages; everything after a rules, profile or label change)')
    .option('--json', 'print {analysed, messages, summary} as JSON')
    .action(async (opts: { json?: boolean }) => {
      const { db, path, key } = openCliDatabase(flags());
      try {
        const outcome = await runCliAnalysis(db, path, key, !opts.json);
        const summary = summarizeAnalysis(db);
        if (opts.json) {
          printJson({ ...outcome, summary });
          return;
        }
        printLine(`analysed ${outcome.analysed} of ${outcome.messages} message(s)`);
        for (const [category, n] of Object.entries(summary.categories)) if (n > 0) printLine(`  ${category}: ${n}`);
        printLine(`high risk (≥ 0.7): ${summary.highRisk}`);
      } finally {
        db.close();
      }
    });
}
