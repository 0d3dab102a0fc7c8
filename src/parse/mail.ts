/**
 * The parts of an e-mail that are no part of an insurance document's content: the closing greeting
 * and the signature under it, a forwarded message's marker and its headers, a company's name.
 * Shared by the header reader (who wrote the letter) and the change reader (which product a change
 * is for: never the forwarder's company in the signature).
 */

import { withoutColon } from '../core/norsk-text.js';
import { lowerCase } from './lower.js';
import { INSURER_NAME_SET } from './vocabulary.js';

/** «-----Opprinnelig melding-----», «---------- Videresendt melding ----------», «-----Original Message-----»: where a forwarded message begins. */
export const FORWARD_MARK = /^-{2,}\s*(?:opprinnelig|opphavleg|videresendt|vidaresendt|original|forwarded)\s+(?:melding|message)\s*-{2,}$/i;

/** The labels of a mail's headers («Fra:», «Sendt:», «Til:», «Emne:»), in lower case. */
export const MAIL_FROM: ReadonlySet<string> = new Set(['fra', 'frå', 'from']);
export const MAIL_NEXT: ReadonlySet<string> = new Set(['sendt', 'dato', 'til', 'emne', 'sent', 'date', 'to', 'subject']);

/** A letter's closing greeting, bokmål and nynorsk («Med vennlig hilsen», «Venleg helsing»), alone at the end of a line. */
export const GREETING = /(?:^|[^a-zæøå])(?:med\s+)?(?:vennlig(?:st)?\s+|venleg\s+|beste\s+)?(?:hilsen|helsing)\s*,?\s*$/;

/** A closing greeting as a line of its own, in lower case: «Mvh», «Med vennlig hilsen», «Venleg helsing», «Hilsen». */
export function signsOff(lower: string): boolean {
  const t = lower.trim();
  return t.length < 40 && (/^(?:mvh|m\.v\.h)\.?,?$/.test(t) || GREETING.test(t));
}

/** «Aon Norway AS», «Tryg Forsikring, filial av …», «If Skadeforsikring NUF»: a company's name by its legal form. */
const COMPANY_FORM = /(?:\s(?:AS|ASA|SE|NUF|A\/S|AB|ANS|DA|Ltd\.?|Limited|plc|GmbH|AG)|\bfilial\b.*)$/;

/** Is a line (a heading, a field's value) a company's name, by the legal form at its end or a «filial»? */
export function companyName(text: string): boolean {
  return COMPANY_FORM.test(text.trim());
}

/**
 * «Fremtind», «Tryg:», «Gjensidige Forsikring ASA», «Codan Forsikring»: a heading, a label or a cell that is an insurer's
 * name (vocabulary.ts, as documents write it) or a company's by its legal form names the letter's sender, never a
 * product or a coverage.
 */
export function insurersName(text: string): boolean {
  const t = withoutColon(text).trim();
  return INSURER_NAME_SET.has(lowerCase(t)) || companyName(t);
}
