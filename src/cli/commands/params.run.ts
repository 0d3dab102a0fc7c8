import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { Decimal, formatNumberNo, formatRateNo, toMoneyString, toRateString } from '../../core/money.js';
import { entryPeriods, TABLE_NAMES, type IndexRates, type ParamTable, type TableName, type Tables } from '../../params/tables.js';
import { renderTable } from '../../render/table.js';
import { formatDateNo, sourceNo } from '../../render/format.js';
import { allOptions, serialise, textOutput, type OutputOptions } from '../common.js';
import { loadTables } from '../calc-options.js';
import { checkOutputPath, deliver } from '../output.js';
import type { Style } from '../style.js';

export async function run(name: string | undefined, cmd: Command): Promise<void> {
  const opts = allOptions<OutputOptions>(cmd);
  if (opts.output) checkOutputPath(opts.output, [opts.params]);
  if (name !== undefined && !(TABLE_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`params: unknown table "${name}"; expected one of ${TABLE_NAMES.join(', ')}`);
  }
  const tables = await loadTables(opts.params);
  let text: string;
  if (name === undefined) {
    text = opts.format === 'text' ? await textOutput(opts, (s) => listText(tables, s)) : await serialise(TABLE_NAMES.map((n) => summary(tables[n] as ParamTable<unknown>)), opts.format);
  } else {
    const t = tables[name as TableName] as ParamTable<unknown>;
    text = opts.format === 'text' ? await textOutput(opts, (s) => tableText(t, s)) : await serialise(tableData(t), opts.format);
  }
  deliver(text, opts.output);
}

function summary(t: ParamTable<unknown>) {
  return { name: t.name, title: t.title, unit: t.unit, first: t.entries[0]!.from, until: t.until, entries: t.entries.length, source: t.source, origin: t.origin };
}

function valueData(t: ParamTable<unknown>, v: unknown): unknown {
  if (v === null) return null;
  if (t.name === 'g') return toMoneyString(v as Decimal);
  if (t.name === 'index') return Object.fromEntries(Object.entries(v as IndexRates).map(([k, d]) => [k, toRateString(d!)]));
  return toRateString(v as Decimal);
}

function valueText(t: ParamTable<unknown>, v: unknown): string {
  if (v === null) return 'ikke kjent';
  if (t.name === 'g') return formatNumberNo(v as Decimal, 0);
  if (t.name === 'index') return Object.entries(v as IndexRates).map(([k, d]) => `${k} ${formatRateNo(d!)} %`).join(', ');
  return `${formatRateNo(v as Decimal)} ‰`;
}

function tableData(t: ParamTable<unknown>) {
  return {
    ...summary(t),
    entries: entryPeriods(t).map((e) => ({ from: e.from, to: e.to, value: valueData(t, e.value), source: e.source })),
  };
}

function listText(tables: Tables, s: Style): string {
  const rows = TABLE_NAMES.map((n) => {
    const t = tables[n] as ParamTable<unknown>;
    return [t.name, t.title, `${formatDateNo(t.entries[0]!.from)} – ${formatDateNo(t.until)}`, String(t.entries.length)];
  });
  return renderTable([{ header: 'tabell' }, { header: 'innhold' }, { header: 'gyldig' }, { header: 'verdier', align: 'right' }], rows, { width: s.width }) +
    `\n${s.dim('Vis en tabell med kilder: skadekalk params NAVN')}\n`;
}

function tableText(t: ParamTable<unknown>, s: Style): string {
  const head = `${s.bold(t.title)} (${t.unit}; ${originNo(t.origin)})\nKilde: ${sourceNo(t.source)}\n\n`;
  const rows = entryPeriods(t).map((e) => [formatDateNo(e.from), formatDateNo(e.to), valueText(t, e.value), sourceNo(e.source)]);
  return head + renderTable([{ header: 'fra' }, { header: 'til' }, { header: 'verdi', align: t.name === 'index' ? 'left' : 'right' }, { header: 'kilde' }], rows, { width: s.width });
}

/** Where a table comes from: «innebygd» (shipped with skadekalk), or a --params file over it. */
function originNo(origin: string): string {
  return origin.replace(/\bbuilt-in\b/g, 'innebygd');
}
