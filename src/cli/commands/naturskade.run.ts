import type { Command } from 'commander';
import { InputError, UsageError } from '../../core/errors.js';
import { ZERO, formatKr, formatRateNo } from '../../core/money.js';
import { todayIso } from '../../core/norsk.js';
import { naturskadePremium, naturskadeToData, type FireSumObject, type NaturskadeRate, type NaturskadeResult } from '../../premiums/naturskade.js';
import { lookup, type Tables } from '../../params/tables.js';
import { renderTable } from '../../render/table.js';
import { allOptions, loadTables, numberOption, serialise, styleFor, yearOption, type OutputOptions } from '../common.js';
import { checkOutputPath, deliver } from '../io.js';
import type { Style } from '../style.js';

interface Opts extends OutputOptions {
  sum: string[];
  objects?: string;
  year?: string;
  rate?: string;
}

export async function run(cmd: Command): Promise<void> {
  const opts = allOptions<Opts>(cmd);
  if (opts.output) checkOutputPath(opts.output);
  const objects: FireSumObject[] = opts.sum.map((s, i) => ({ name: `Objekt ${i + 1}`, fireSum: numberOption(s, '--sum') }));
  if (opts.objects !== undefined) {
    const { readObjectsFile } = await import('./objects.js');
    objects.push(...(await readObjectsFile(opts.objects)));
  }
  if (objects.length === 0) throw new UsageError('naturskade: give at least one --sum AMOUNT or --objects FILE');
  const rate = await resolveRate(opts);
  const result = naturskadePremium(objects, rate);
  const text = opts.format === 'text' ? renderText(result, await styleFor(opts)) : await serialise(naturskadeToData(result), opts.format);
  deliver(text, opts.output);
}

async function resolveRate(opts: Opts): Promise<NaturskadeRate> {
  const year = opts.year !== undefined ? yearOption(opts.year) : null;
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
  const head = `Naturskadepremie${r.year !== null ? ` ${r.year}` : ''}: ${formatRateNo(r.ratePermille)} ‰ av brannforsikringssum (${r.rateSource})\n\n`;
  const rows = r.objects.map((o) => [o.name, formatKr(o.fireSum), formatKr(o.premium)]);
  const fireTotal = r.objects.reduce((a, o) => a.plus(o.fireSum), ZERO);
  rows.push(['Sum', formatKr(fireTotal), formatKr(r.total)]);
  const table = renderTable(
    [{ header: 'Objekt' }, { header: 'Brannforsikringssum', align: 'right' }, { header: 'Premie', align: 'right' }],
    rows,
  ).split('\n');
  table[table.length - 2] = s.bold(table[table.length - 2]!);
  return head + table.join('\n');
}
