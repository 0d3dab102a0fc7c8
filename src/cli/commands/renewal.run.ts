import type { Command } from 'commander';
import { CheckFailed, UsageError } from '../../core/errors.js';
import type { Policy, RowIndexClass } from '../../model/policy.js';
import type { TermsReport } from '../../renewal/types.js';
import { allOptions, dateOption, serialise, textOutput, type OutputOptions } from '../common.js';
import { loadTables } from '../calc-options.js';
import { checkOutputPath, deliver } from '../output.js';

interface Opts extends OutputOptions {
  from: string;
  letter?: string;
  to?: string;
  date?: string;
  indexClass: string[];
  indexFirstRisk?: boolean;
  force?: boolean;
}

function indexClassOption(v: string, classes: readonly RowIndexClass[]): { name: string; cls: RowIndexClass } {
  const i = v.lastIndexOf('=');
  const name = i > 0 ? v.slice(0, i).trim() : '';
  const cls = i > 0 ? v.slice(i + 1).trim() : '';
  if (name === '' || !(classes as readonly string[]).includes(cls)) {
    throw new UsageError(`--index-class: expected NAME=CLASS with CLASS one of ${classes.join(', ')}, got "${v}"`);
  }
  return { name, cls: cls as RowIndexClass };
}

/** The terms of the old and the new policy when both name terms and they differ (by name or version), with what changed. */
async function changedTerms(old: Policy, oldFile: string, next: Policy | undefined, nextFile: string | undefined): Promise<TermsReport | undefined> {
  if (next === undefined || old.terms === undefined || next.terms === undefined) return undefined;
  const { policyTerms } = await import('./terms.load.js');
  const a = (await policyTerms(old, oldFile))!.terms;
  const b = (await policyTerms(next, nextFile))!.terms;
  if (a === b || (a.name === b.name && a.version === b.version)) return undefined;
  const { diffTerms } = await import('../../vilkar/diff.js');
  const id = (t: typeof a) => (t.version !== undefined ? { name: t.name, version: t.version } : { name: t.name });
  return { old: id(a), new: id(b), changes: diffTerms(a, b) };
}

export async function run(cmd: Command): Promise<void> {
  const opts = allOptions<Opts>(cmd);
  if (opts.output) checkOutputPath(opts.output, [opts.from, opts.letter, opts.to, opts.params]);
  const stdin = [opts.from, opts.letter, opts.to].filter((f) => f === '-');
  if (stdin.length > 1) throw new UsageError('renewal: only one of --from, --letter and --to can read stdin (-)');
  const { renewal, ROW_CLASSES } = await import('../../renewal/renewal.js');
  const indexClasses = opts.indexClass.map((v) => indexClassOption(v, ROW_CLASSES));
  const date = opts.date !== undefined ? dateOption(opts.date, '--date') : undefined;
  const tables = await loadTables(opts.params);
  const { loadPolicy } = await import('../../model/load.js');
  const old = await loadPolicy(opts.from, { trace: true });
  const letter = opts.letter !== undefined ? await loadPolicy(opts.letter, { trace: true }) : undefined;
  const next = opts.to !== undefined ? await loadPolicy(opts.to, { trace: true }) : undefined;
  const result = renewal({ old, letter, next, tables, date, indexClasses, indexFirstRisk: opts.indexFirstRisk === true, force: opts.force === true });
  const terms = await changedTerms(old, opts.from, next ?? letter, opts.to ?? opts.letter);
  if (terms !== undefined) result.terms = terms;
  let text: string;
  if (opts.format === 'text') {
    const { renderRenewal } = await import('../../renewal/text.js');
    text = await textOutput(opts, (s) => renderRenewal(result, s));
  } else {
    const { renewalToData } = await import('../../renewal/data.js');
    text = await serialise(renewalToData(result), opts.format);
  }
  deliver(text, opts.output);
  const n = result.discrepancies.length;
  const missing = result.oldOnly.length;
  if (result.checked && (n > 0 || missing > 0)) {
    const parts: string[] = [];
    if (n > 0) parts.push(`${n} ${n === 1 ? 'discrepancy' : 'discrepancies'} (${result.discrepancies.map((d) => `${d.field}: ${d.object}`).join('; ')})`);
    if (missing > 0) parts.push(`${missing} ${missing === 1 ? 'row' : 'rows'} of the old schedule not in the new one`);
    throw new CheckFailed(`renewal: ${next?.source.file ?? opts.to}: ${parts.join(', ')}`);
  }
}
