/**
 * The numbers conditions are written with, read from (lower-case) text into machine form:
 * amounts («kr 10 000», «10.000 kroner», «kr. 1 million», «10 millioner»), percentages («10 %»,
 * «15%», «5 prosent»), counts written as words («ett år», «to eller flere»), dates
 * («01.01.2024», «1. november 2022»). Numbers go through src/core/norsk-text.ts (the parser's
 * Norwegian number reader), so «118.620» is a thousands-dotted amount as in every document.
 */
import { tryParseNumberText } from '../../core/norsk-text.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  null: 0, en: 1, ett: 1, et: 1, ei: 1, ene: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
  femten: 15, tjue: 20, tjuefem: 25, tretti: 30,
};

/** The pattern of a count: digits or a number word. */
export const COUNT = String.raw`(\d{1,3}|null|en|ett|et|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tretti)`;

/** A count in digits or words («5», «ett», «fem»); undefined when it is neither. */
export function readCount(s: string): number | undefined {
  const t = s.trim().toLowerCase();
  if (/^\d{1,4}$/.test(t)) return +t;
  return NUMBER_WORDS[t];
}

/** A plain decimal («10», «1,4», «0,5») in machine form. */
export function readDecimal(s: string): string | undefined {
  const t = s.trim();
  if (!/^\d+(?:[.,]\d+)?$/.test(t)) return undefined;
  return tryParseNumberText(t.replace('.', ','));
}

/** The pattern of an amount's digits: «10 000», «10.000», «2000», «1,5». */
export const DIGITS = String.raw`\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

/** Amounts in a text: «kr 10 000», «kr. 2 000», «10.000 kroner», «15 000 kr», «10 millioner», «kr 1 million». */
const AMOUNT = new RegExp(
  String.raw`(?:\bkr\.?\s*|\bnok\s*)(${DIGITS})(?:\s*(millioner|million|mill\.|mrd\.|milliarder|milliard))?(?:,-)?|\b(${DIGITS})(?:\s*(millioner|million|mill\.|milliarder|milliard))?\s*(?:kr\b\.?|kroner\b|nok\b)|\b(${DIGITS})\s+(millioner|million|milliarder|milliard)\b`,
  'g',
);

export interface Amount {
  value: string;
  index: number;
  end: number;
}

/** Every amount in a (lower-case) text, in order. */
export function amountsIn(text: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const digits = m[1] ?? m[3] ?? m[5]!;
    const scale = m[2] ?? m[4] ?? m[6];
    const v = scaled(digits, scale);
    if (v !== undefined) out.push({ value: v, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first amount in a text, in machine form. */
export function firstAmount(text: string): string | undefined {
  return amountsIn(text)[0]?.value;
}

function scaled(digits: string, scale: string | undefined): string | undefined {
  const v = tryParseNumberText(digits);
  if (v === undefined) return undefined;
  if (scale === undefined) return v;
  const zeros = scale.startsWith('milliard') || scale.startsWith('mrd') ? 9 : 6;
  const [i, f = ''] = v.split('.');
  const frac = f.padEnd(zeros, '0');
  return (BigInt(i!) * 10n ** BigInt(zeros) + BigInt(frac.slice(0, zeros) || '0')).toString();
}

/** The pattern of a percentage: «10 %», «15%», «5 prosent», «2,5 %». */
export const PERCENT = String.raw`(\d{1,3}(?:,\d+)?)\s*(?:%|prosent\b)`;

/** A percentage's number in machine form. */
export function readPercent(s: string): string | undefined {
  return readDecimal(s);
}

const MONTHS: readonly string[] = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** The pattern of a date: «01.01.2024», «1.1.2024», «1. november 2022», «2024-01-01». */
export const DATE = String.raw`(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.\s*(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+\d{4}|\d{4}-\d{2}-\d{2})`;

/** A date in one of the forms of DATE → ISO; undefined when it does not exist. */
export function readDateText(s: string): string | undefined {
  const t = s.trim().toLowerCase();
  let y: number, mo: number, d: number;
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) [d, mo, y] = [+m[1]!, +m[2]!, +m[3]!];
  else if ((m = /^(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})$/.exec(t))) {
    mo = MONTHS.indexOf(m[2]!) + 1;
    [d, y] = [+m[1]!, +m[3]!];
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  else return undefined;
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Words a key leaves out: «Hvitevarer og brunevarer» → hvitevarer_brunevarer. */
const STOP_WORDS = new Set(['og', 'eller', 'med', 'i', 'pa', 'av', 'for', 'til', 'fra', 'ved', 'som', 'er', 'en', 'et', 'ett', 'den', 'det', 'de']);

/** A key for a label: lower case, æ ø å folded, words joined with _ (at most `words` words). */
export function slug(label: string, words = 4): string {
  const folded = label
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[éèê]/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const all = folded.split(' ').filter((w) => w !== '');
  const content = all.filter((w) => !STOP_WORDS.has(w));
  const parts = content.length > 0 ? content : all;
  const key = parts.slice(0, words).join('_').slice(0, 60).replace(/_+$/, '');
  return key === '' ? 'x' : /^[a-z0-9]/.test(key) ? key : `x${key}`;
}

/** The label with its first letter in upper case. */
export function capitalise(label: string): string {
  return label.length === 0 ? label : label[0]!.toUpperCase() + label.slice(1);
}

/** `key`, or `key_2`, `key_3` … when a row before took it; the key returned is taken. */
export function uniqueKey(key: string, taken: Set<string>): string {
  let k = key;
  for (let n = 2; taken.has(k); n++) k = `${key}_${n}`;
  taken.add(k);
  return k;
}
