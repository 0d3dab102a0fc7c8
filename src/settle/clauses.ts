/**
 * The clauses a step cites that are not the conditions' own: the law, the schedule
 * (forsikringsbeviset), the claim, and a clause of the renewal news that states no number. The
 * conditions' clauses come with their numbers from the terms (conditions.ts).
 */
export const C = {
  /** When a settled amount is paid, absent a rule that holds part of it back. */
  PAYMENT: 'Forsikringsavtaleloven § 8-2 (Generelle vilkår 1)',
  /** A sum insured stated in the schedule (forsikringsbevis) caps the compensation. */
  SCHEDULE_SUM: 'Forsikringsbeviset, forsikringssum',
  // Arbeidsmaskin (renewal news)
  AM_ANSVAR: 'Nyheter og endringer 2024, Arbeidsmaskin – annet rettslig erstatningsansvar',
  // Driftstap
  DRIFTSTAP_LOSS: 'Forsikringsbeviset, Driftstap',
  DRIFTSTAP_KARENSTID: 'Forsikringsbeviset, Driftstap – valgt karenstid',
  DRIFTSTAP_DEDUCTIBLE: 'Forsikringsbeviset, Driftstap – egenandel',
  // Yrkesskade, Behandling (gjensidige-personal-yrkesskade-2024.txt)
  YRKESSKADE_G: 'Forskrift om standardisert erstatning etter lov om yrkesskadeforsikring § 1-3',
  YRKESSKADE_SCHEDULE: 'Forsikringsbevis Personal, Lovbestemt yrkesskade',
  /** The treatment's cost as the claim states it: the documents describe no more of the cover. */
  BEHANDLING_COST: 'Kravet (behandlingskostnad)',
} as const;

/** A reading of a clause: what the conditions leave open, decided here and cited as a reading. */
export function reading(clause: string, about: string): string {
  return `Lesning av ${clause} (${about})`;
}

/** Not covered when intoxicated: the clause of the conditions and the law it follows. */
export function intoxicated(clause: string): string {
  return `${clause} (FAL § 4-9)`;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** «1. november 2022» for an ISO date (as the conditions write their dates). */
export function formatDateLong(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}. ${MONTHS[Number(m) - 1]} ${y}`;
}
