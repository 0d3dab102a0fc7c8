/**
 * Dates and references in text for people, which is Norwegian throughout: `15.03.2024`, and
 * «linje 7 (side 2)» where the machine output says `line 7 (page 2)`. (Amounts: formatKr and
 * friends in src/core/money.ts.)
 */

/** `2024-03-15` → `15.03.2024`; anything else is returned as it is. */
export function formatDateNo(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * Every ISO date of a text as `15.03.2024` — a date standing as a word (after a space or «(»,
 * before a space, «)» or a punctuation mark that ends a word), so that a file name such as
 * `brev_2024-01-01.txt` keeps its name.
 */
export function datesNo(text: string): string {
  return text.replace(/(?<=^|[\s(])(\d{4})-(\d{2})-(\d{2})(?=$|[\s)]|[.,;:](?:\s|$))/g, '$3.$2.$1');
}

/**
 * A source reference of the machine output («file.txt, line 7 (page 2)», «--rate», «built-in»)
 * in Norwegian, for text output. The references are built in English because the machine
 * formats carry them too; only the words of a location are translated here, never a file name
 * or a quoted document line («…»).
 */
export function sourceNo(source: string): string {
  // the quoted text of a document stays as the document has it
  const quote = source.indexOf('«');
  const head = quote < 0 ? source : source.slice(0, quote);
  const rest = quote < 0 ? '' : source.slice(quote);
  const place = head
    .replace(/\blines (\d+)[–-](\d+)/g, 'linje $1–$2')
    .replace(/\bline (\d+)/g, 'linje $1')
    .replace(/\bpages (\d+)[–-](\d+)/g, 'side $1–$2')
    .replace(/\bpage (\d+)/g, 'side $1');
  return datesNo(place) + rest;
}
