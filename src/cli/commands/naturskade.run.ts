import type { Command } from 'commander';
import { InputError, UsageError } from '../../core/errors.js';
import { Decimal, ZERO, formatKr, formatRateNo } from '../../core/money.js';
import type { Policy } from '../../model/policy.js';
import { todayIso } from '../../core/norsk.js';
import { naturskadePremium, naturskadeToData, type FireSumObject, type NaturskadeRate, type NaturskadeResult } from '../../premiums/naturskade.js';
import { lookup, type Tables } from '../../params/tables.js';
import { renderTable } from '../../render/table.js';
import { sourceNo } from '../../render/format.js';
import { allOptions, serialise, textOutput, yearOption, type OutputOptions } from '../common.js';
import { loadTables, numberOption } from '../calc-options.js';
import { checkOutputPath, deliver } from '../output.js';
import type { Style } from '../style.js';

interface Opts extends OutputOptions {
  sum: string[];
  objects?: string;
  year?: string;
  rate?: string;
  policy?: string;
}

export async function run(cmd: Command): Promise<void> {
  const opts = allOptions<Opts>(cmd);
  if (opts.output) checkOutputPath(opts.output, [opts.objects, opts.policy, opts.params]);
  const objects: FireSumObject[] = opts.sum.map((s, i) => ({ name: `Objekt ${i + 1}`, fireSum: numberOption(s, '--sum', { money: true }) }));
  if (opts.objects !== undefined) {
    const { readObjectsFile } = await import('./objects.js');
    objects.push(...(await readObjectsFile(opts.objects)));
  }
  let policy: Policy | undefined;
  if (opts.policy !== undefined) {
    const { loadPolicy } = await import('../../model/load.js');
    const { fireSums } = await import('../../model/fire-sums.js');
    policy = await loadPolicy(opts.policy, { trace: true });
    objects.push(...fireSums(policy));
    if (objects.length === 0) {
      throw new InputError(
        'has no fire sums (no coverage with a kroner sum whose index_class is not none); give them with --sum or --objects',
        { file: opts.policy },
      );
    }
  }
  if (objects.length === 0) throw new UsageError('naturskade: give at least one --sum AMOUNT or --objects FILE (or --policy FILE)');
  const rate = policyRate(opts, policy) ?? (await resolveRate(opts, policy));
  const result = naturskadePremium(objects, rate);
  const text = opts.format === 'text' ? await textOutput(opts, (s) => renderText(result, s)) : await serialise(naturskadeToData(result), opts.format);
  deliver(text, opts.output);
}

/**
 * With --policy and neither --rate nor --year, the rate is the one the policy states (a renewal
 * letter's «… til 0,07 promille»), for the year of its renewal date; a policy that states no rate
 * leaves it to the table, for the year of its renewal date (else this year).
 */
function policyRate(opts: Opts, policy: Policy | undefined): NaturskadeRate | null {
  const nd = policy?.natural_damage;
  if (!policy || !nd || opts.rate !== undefined || opts.year !== undefined) return null;
  const year = policy.renewal_date !== undefined ? +policy.renewal_date.slice(0, 4) : null;
  const t = policy.trace?.natural_damage;
  const where = t ? `line ${t.line}${policy.source.pages > 1 ? ` (page ${t.page})` : ''}` : 'natural_damage.rate_permille';
  return { permille: new Decimal(nd.rate_permille), year, source: `${opts.policy}, ${where}` };
}

async function resolveRate(opts: Opts, policy?: Policy): Promise<NaturskadeRate> {
  const renewalYear = opts.year === undefined && policy?.renewal_date !== undefined ? policy.renewal_date.slice(0, 4) : undefined;
  const year = opts.year !== undefined ? yearOption(opts.year) : renewalYear !== undefined ? +renewalYear : null;
  if (opts.rate !== undefined) {
    return { permille: numberOption(opts.rate.replace(/\s*(‰|promille)$/i, ''), '--rate'), year, source: '--rate' };
  }
  const tables: Tables = await loadTables(opts.params);
  const y = year ?? +todayIso().slice(0, 4);
  try {
    const found = lookup(tables.naturskade, `${y}-01-01`, 'the naturskade rate', String(y));
    return { permille: found.value, year: y, source: found.source };
  } catch (e) {
    throw e instanceof InputError && year === null ? new InputError(`${e.detail} (no --year given, so this year was used)`) : e;
  }
}

function renderText(r: NaturskadeResult, s: Style): string {
  const source = r.rateSource === '--rate' ? 'oppgitt med --rate' : sourceNo(r.rateSource);
  const head = `Naturskadepremie${r.year !== null ? ` ${r.year}` : ''}: ${formatRateNo(r.ratePermille)} ‰ av brannforsikringssum (${source})\n\n`;
  const rows = r.objects.map((o) => [o.name, formatKr(o.fireSum), formatKr(o.premium)]);
  const fireTotal = r.objects.reduce((a, o) => a.plus(o.fireSum), ZERO);
  rows.push(['Sum', formatKr(fireTotal), formatKr(r.total)]);
  const table = renderTable(
    [{ header: 'Objekt' }, { header: 'Brannforsikringssum', align: 'right' }, { header: 'Premie', align: 'right' }],
    rows,
    { width: s.width },
  )
    .trimEnd()
    .split('\n');
  // the sum row in bold: the last row (its lines, when its name wrapped)
  const sumLines = wrappedRowLines(table, 'Sum');
  for (let i = table.length - sumLines; i < table.length; i++) table[i] = s.bold(table[i]!);
  return `${head}${table.join('\n')}\n`;
}

/** How many of a table's last lines are its last row, whose first cell starts with `first`. */
function wrappedRowLines(lines: string[], first: string): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.startsWith(first)) return lines.length - i;
  return 1;
}
