/**
 * The clauses every step cites. Texts are in `../shared/corpus/`:
 * `gjensidige-naering-fornyelse-2024.txt` (renewal letter «Nyheter og endringer», conditions and
 * erstatningsregler) and `gjensidige-personal-yrkesskade-2024.txt` (Personal schedule and news).
 */
export const C = {
  /** When a settled amount is paid, absent a rule that holds part of it back. */
  PAYMENT: 'Forsikringsavtaleloven § 8-2 (Generelle vilkår 1)',
  // Erstatningsregler for Eiendeler
  EIENDELER_SUM: 'Erstatningsregler Eiendeler 6.1',
  EIENDELER_CALC: 'Erstatningsregler Eiendeler 6.2',
  EIENDELER_PRICE: 'Erstatningsregler Eiendeler 7, Prisstigning etter skade',
  EIENDELER_DEDUCTIBLE: 'Erstatningsregler Eiendeler 8',
  EIENDELER_PAYMENT: 'Erstatningsregler Eiendeler 2, Alternative oppgjørsmåter',
  EIENDELER_FEES: 'Erstatningsregler Eiendeler 6.1 (netto påløpte offentlige avgifter)',
  EIENDELER_GLASS: 'Eiendeler, Hva er forsikret (bruddskade glass og skilt, egenandel kr 3 000)',
  // Erstatningsregler Bygning
  BYGNING_COMMON: 'Erstatningsregler Bygning 6.1',
  BYGNING_MARKET: 'Erstatningsregler Bygning 6.2',
  BYGNING_BREEAM: 'Erstatningsregler Bygning 7, BREEAM NOR',
  BYGNING_RENT: 'Erstatningsregler Bygning 7, Husleietap',
  BYGNING_RENT_OWN: 'Nyheter og endringer 2024, Husleietap – tap av egne lokaler',
  BYGNING_DEDUCTIBLE: 'Erstatningsregler Bygning 8',
  BYGNING_PAYMENT: 'Erstatningsregler Bygning 2, Oppgjørsformer',
  BYGNING_PRICE: 'Erstatningsregler Bygning 7, Prisstigning etter skade',
  BYGNING_ORDER: 'Erstatningsregler Bygning 7, Påbud fra offentlig myndighet',
  BYGNING_PIPES_NEWS: 'Nyheter og endringer 2024, Næringsbygg (utvendige rørledninger)',
  /** A sum insured stated in the schedule (forsikringsbevis) caps the compensation. */
  SCHEDULE_SUM: 'Forsikringsbeviset, forsikringssum',
  // Erstatningsregler Motorvogn (also for arbeidsmaskin: «kjøretøy/arbeidsmaskin»)
  MOTOR_REPAIR: 'Erstatningsregler Motorvogn, Når kjøretøy/arbeidsmaskin kan repareres',
  MOTOR_ELECTRONICS: 'Erstatningsregler Motorvogn, Aldersfradrag for ettermontert elektronisk ekstrautstyr',
  MOTOR_INTOX: 'Erstatningsregler Motorvogn, Ruspåvirkning (FAL § 4-9)',
  MOTOR_DEDUCTIBLE: 'Erstatningsregler Motorvogn, Egenandel',
  MOTOR_MASKINSKADE: 'Erstatningsregler Motorvogn, Egenandel maskinskade – Bil',
  /** A reading: the table of maskinskade deductibles ends at 200 000 km. */
  MOTOR_MASKINSKADE_END: 'Lesning av Erstatningsregler Motorvogn, Egenandel maskinskade – Bil (tabellen slutter ved 200 000 km)',
  /** A reading: the conditions pay VAT on a cash settlement only when paid; VAT the insured deducts is no loss. */
  MOTOR_VAT_REGISTERED: 'Lesning av Erstatningsregler Motorvogn, Når kjøretøy/arbeidsmaskin kan repareres (merverdiavgift)',
  // Erstatningsregler Fritidsbåt
  BAT_REPAIR: 'Erstatningsregler Fritidsbåt, Reparasjon',
  BAT_TOTAL: 'Erstatningsregler Fritidsbåt, Tap/totalskade',
  BAT_ELECTRONICS: 'Erstatningsregler Fritidsbåt, «Det beregnes aldersfradrag for elektronisk utstyr»',
  BAT_DEDUCTIBLE: 'Erstatningsregler Fritidsbåt, Egenandel',
  BAT_INTOX: 'Erstatningsregler Fritidsbåt, Ruspåvirkning (FAL § 4-9)',
  BAT_NEWS: 'Nyheter og endringer 2024, Fritidsbåt',
  // Arbeidsmaskin (renewal news)
  AM_DEDUCTIBLE_MIN: 'Nyheter og endringer 2024, Arbeidsmaskin – endring av egenandel',
  AM_ROLLED: 'Nyheter og endringer 2024, Arbeidsmaskin – forhøyet egenandel, triller uten fører',
  AM_CASH: 'Nyheter og endringer 2024, Arbeidsmaskin – kontantoppgjør',
  AM_AVBRUDD: 'Nyheter og endringer 2024, Arbeidsmaskin – avbruddsdekningen',
  AM_ULYKKE: 'Nyheter og endringer 2024, Arbeidsmaskin – fører og passasjerulykke',
  AM_ANSVAR: 'Nyheter og endringer 2024, Arbeidsmaskin – annet rettslig erstatningsansvar',
  // Driftstap
  DRIFTSTAP: 'Nyheter og endringer 2024, Driftstap Pluss',
  DRIFTSTAP_LOSS: 'Forsikringsbeviset, Driftstap',
  DRIFTSTAP_KARENSTID: 'Forsikringsbeviset, Driftstap – valgt karenstid',
  DRIFTSTAP_DEDUCTIBLE: 'Forsikringsbeviset, Driftstap – egenandel',
  // Ansvar
  ANSVAR_COVER_BEDRIFT: 'Ansvarsforsikring, Bedriftsansvar – Hvilket ansvar dekkes',
  ANSVAR_COVER_PRODUKT: 'Ansvarsforsikring, Produktansvar – Hvilke ansvar dekkes',
  ANSVAR_DEDUCTIBLE: 'Erstatningsregler Ansvar, Egenandel',
  ANSVAR_SERIES: 'Erstatningsregler Ansvar, Serieskade',
  ANSVAR_SUM_BEDRIFT: 'Erstatningsregler Ansvar, Forsikringssum – bedriftsansvar',
  ANSVAR_SUM_PRODUKT: 'Erstatningsregler Ansvar, Forsikringssum – produktansvar',
  ANSVAR_NEWS: 'Nyheter og endringer 2024, Ansvar – Endring i egenandeler',
  // Yrkesskade, Behandling (gjensidige-personal-yrkesskade-2024.txt)
  YRKESSKADE_G: 'Forskrift om standardisert erstatning etter lov om yrkesskadeforsikring § 1-3',
  YRKESSKADE_SCHEDULE: 'Forsikringsbevis Personal, Lovbestemt yrkesskade',
  BEHANDLING: 'Nyheter og endringer 2024, Behandlingsforsikring',
  /** The treatment's cost as the claim states it: the documents describe no more of the cover. */
  BEHANDLING_COST: 'Kravet (behandlingskostnad)',
} as const;
