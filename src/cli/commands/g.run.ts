import type { Command } from 'commander';
import { formatKr, formatRateNo } from '../../core/money.js';
import { todayIso } from '../../core/norsk.js';
import { gAmount, gToData, type GResult } from '../../premiums/g.js';
import { formatDateNo, sourceNo } from '../../render/format.js';
import { allOptions, dateOption, serialise, textOutput, type OutputOptions } from '../common.js';
import { loadTables, numberOption } from '../calc-options.js';
import { checkOutputPath, deliver } from '../output.js';
import type { Style } from '../style.js';

interface Opts extends OutputOptions {
  date?: string;
}

export async function run(multipleText: string, cmd: Command): Promise<void> {
  const opts = allOptions<Opts>(cmd);
  if (opts.output) checkOutputPath(opts.output, [opts.params]);
  const multiple = numberOption(multipleText.replace(/\s*G$/, ''), 'MULTIPLE', { allowZero: true });
  const date = opts.date !== undefined ? dateOption(opts.date, '--date') : todayIso();
  const result = gAmount(await loadTables(opts.params), multiple, date);
  const text = opts.format === 'text' ? await textOutput(opts, (s) => renderText(result, s)) : await serialise(gToData(result), opts.format);
  deliver(text, opts.output);
}

function renderText(r: GResult, s: Style): string {
  return (
    `${formatRateNo(r.multiple)} G per ${formatDateNo(r.date)} = ${s.bold(formatKr(r.amount))}\n` +
    `G = ${formatKr(r.g)} fra ${formatDateNo(r.gFrom)} (${sourceNo(r.source)})\n`
  );
}
