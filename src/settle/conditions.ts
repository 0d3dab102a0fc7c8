/**
 * Every number of the conditions the rules use, in one place: the conditions of the corpus
 * (gjensidige-naering-fornyelse-2024.txt: renewal letter «Nyheter og endringer» 2024, conditions,
 * erstatningsregler; gjensidige-personal-yrkesskade-2024.txt for behandling). The rules in
 * products/*.ts read these values and never write a number of the conditions themselves, so a
 * terms file (another insurer, another version) can later take this object's place. Each value
 * notes the clause (src/settle/clauses.ts) that states it.
 *
 * Money is whole kroner as numbers (made Decimal where used); percentages whole percents;
 * periods years or months from the loss date; dates ISO.
 */
import type { BygningObject, EiendelerCategory, SubLimit } from './types.js';

/** An age deduction: none up to and including age `from`, then `perYear` % per started year, at most `max` %. */
export interface AgeRuleTerms {
  from: number;
  perYear: number;
  max: number;
}

export interface SubLimitTerms {
  /** The most paid for the losses under this limit (kroner); undefined: a time limit only. */
  limit?: number;
  /** The costs must be incurred within this many months from the loss date. */
  months?: number;
  /** What the limit covers, for the statement. */
  label: string;
  clause: string;
  /** An expense (stated as `cost`) rather than a thing with a new price. */
  expense: boolean;
}

export const CONDITIONS = {
  name: 'gjensidige-naering-2024',
  eiendeler: {
    /** Erstatningsregler Eiendeler 6.2, ting med nypris under kr 100 000 eks mva. */
    categories: {
      elektrisk: { from: 5, perYear: 10, max: 100 },
      handverktoy: { from: 5, perYear: 15, max: 100 },
      it: { from: 1, perYear: 20, max: 100 },
      annet: { from: 5, perYear: 15, max: 100 },
    } satisfies Record<EiendelerCategory, AgeRuleTerms>,
    /** 6.2: «nypris under kr 100 000 eks mva» / «over kr 100 000 eks mva». */
    lifetimeThreshold: 100_000,
    /** 6.2: «alder … mindre enn eller lik 30 % av tingens totale brukstid». */
    fullUntilLifetimePercent: 30,
    /** 6.2: «(A/B) × 1,4 C = E». */
    lifetimeFactor: '1.4',
    /** 6.2: «Ting som ikke repareres/gjenanskaffes innen 3 år». */
    replaceYears: 3,
    /** 7: prisstigning «maksimalt 24 måneder», «begrenset til 20% av erstatningen for tingskaden». */
    priceIncreaseMonths: 24,
    priceIncreaseMaxPercent: 20,
    /** Eiendeler, Hva er forsikret: «Bruddskade glass og skilt … egenandel kr 3 000». */
    glassDeductible: 3_000,
  },
  /** Sub-limits of Eiendeler (Hvor gjelder forsikringen, Hva er forsikret; Erstatningsregler 6.5). */
  eiendelerSubLimits: {
    away_from_premises: { limit: 2_000_000, label: 'ting midlertidig borte fra forsikringsstedet', clause: 'Eiendeler, Hvor gjelder forsikringen (ting midlertidig borte fra forsikringsstedet)', expense: false },
    rented_premises: { limit: 500_000, label: 'tyveri og skadeverk på leide rom', clause: 'Eiendeler, Hva er forsikret (tyveri og skadeverk på leide rom)', expense: false },
    glass_extras: { limit: 5_000, label: 'maling, gravering mv. ved bruddskade på glass og skilt', clause: 'Eiendeler, Hva er forsikret (bruddskade på glass og skilt)', expense: true },
    backup: { limit: 1_000_000, label: 'backup/sikkerhetskopier på eksternt lagringssted', clause: 'Erstatningsregler Eiendeler 6.5, Rekonstruksjon', expense: true },
    blocked_access: { limit: 10_000_000, label: 'ekstraavgifter når all adkomst til forsikringsstedet er blokkert', clause: 'Erstatningsregler Eiendeler 6.5, Ekstraavgifter', expense: true },
    natural_damage: { limit: 10_000_000, label: 'ekstraavgifter som følge av naturskade', clause: 'Erstatningsregler Eiendeler 6.5, Ekstraavgifter', expense: true },
    archives: { months: 24, label: 'rekonstruksjon av elektroniske data, manuskripter, yrkestegninger og arkiver', clause: 'Erstatningsregler Eiendeler 6.5, Rekonstruksjon', expense: true },
  } satisfies Record<SubLimit, SubLimitTerms>,
  bygning: {
    /** Erstatningsregler Bygning 8. */
    objects: {
      fyringskjel: { from: 5, perYear: 5, max: 100 },
      varmekabler: { from: 15, perYear: 10, max: 100 },
      vvs: { from: 10, perYear: 5, max: 80 },
      boblebad: { from: 5, perYear: 10, max: 80 },
      utvendig_ror: { from: 20, perYear: 5, max: 100 },
      varmtvannsbereder: { from: 10, perYear: 10, max: 100 },
      varmepumpe_luft_luft: { from: 5, perYear: 10, max: 100 },
    } satisfies Record<BygningObject, AgeRuleTerms>,
    /** 6.2: «økning i markedsverdien som overstiger 40% av bygningens markedsverdi før skaden». */
    marketValueRisePercent: 40,
    /** 6.2 and 7 (Påbud): «innen 5 år». */
    rebuildYears: 5,
    /** 7, BREEAM NOR: «ytterligere 5 % … maksimalt 10 millioner». */
    breeamPercent: 5,
    breeamMax: 10_000_000,
    /** 7, Prisstigning etter skade: «maksimalt 24 måneder». */
    priceIncreaseMonths: 24,
    /** 7, Husleietap: «inntil 36 måneder», «maksimalt 3 måneder» when not rebuilt, blocked access and natural damage «maksimalt kr 10 millioner». */
    rentMonths: 36,
    rentMonthsNotRebuilt: 3,
    rentBlockedAccessMax: 10_000_000,
    /** Nyheter og endringer 2024, Husleietap – tap av egne lokaler: «50 % av gjeldende leiepris». */
    ownPremisesPercent: 50,
  },
  bygningSubLimits: {
    away_from_premises: { limit: 2_000_000, label: 'ting midlertidig borte fra forsikringsstedet', clause: 'Næringsbygg, Hvor gjelder forsikringen (ting midlertidig borte fra forsikringsstedet)', expense: false },
  } satisfies Partial<Record<SubLimit, SubLimitTerms>>,
  motorvogn: {
    /** Aldersfradrag for ettermontert elektronisk ekstrautstyr. */
    electronics: { from: 1, perYear: 10, max: 50 } satisfies AgeRuleTerms,
    /** Egenandel maskinskade – Bil: the table, by odometer; it ends at `tableEnd` km. */
    maskinskade: [
      { upToKm: 119_999, deductible: 8_000 },
      { upToKm: 159_999, deductible: 12_000 },
      { upToKm: 200_000, deductible: 16_000 },
    ],
    /** Egenandel: «totalvekt til og med 3,5 tonn reduseres avtalt egenandel med kr. 2 000 ved påkjørsel av dyr». */
    animalReduction: 2_000,
    animalMaxWeightKg: 3_500,
    /** Når kjøretøy/arbeidsmaskin kan repareres: kontanterstatning, «Arbeidskostnadene erstattes med 50 %». */
    cashLabourPercent: 50,
  },
  fritidsbat: {
    /** «Det beregnes aldersfradrag for elektronisk utstyr». */
    electronics: { from: 1, perYear: 10, max: 50 } satisfies AgeRuleTerms,
    /** Egenandel: regatta «2 % av båtenes forsikringssum, minimum avtalt egenandel». */
    regattaPercent: 2,
  },
  arbeidsmaskin: {
    /** Nyheter 2024, Arbeidsmaskin: minimum deductibles for policies first taken out before this date. */
    minimumBefore: '2022-11-01',
    minimumDeductible: { kasko: 10_000, maskinskade: 10_000, ansvar: 7_000 } as Readonly<Record<string, number>>,
    /** Forhøyet egenandel når maskinen triller uten fører. */
    rolled: 15_000,
    /** Fører og passasjerulykke: «erstatningen økt til 50 000 kr». */
    deathNoDependants: 50_000,
    /** Ny tekst ved kontantoppgjør: «Arbeidskostnadene erstattes med 50 %». */
    cashLabourPercent: 50,
  },
  driftstap: {
    /** Driftstap Pluss: «maksimert til 50% av driftstapet», «Egenandelen er 15% av erstatningen». */
    weaknessMaxPercent: 50,
    weaknessDeductiblePercent: 15,
  },
  ansvar: {
    /** Nyheter 2024, Ansvar – Endring i egenandeler: «Fra kr 10 000 til kr 15 000», from the 2024 renewal. */
    deductibleBefore: 10_000,
    deductibleFrom: 15_000,
  },
  behandling: {
    /** Nyheter 2024, Behandlingsforsikring: «Fra 01.01.2024 … Egenandel på 150 kroner per behandling». */
    perTreatment: 150,
    from: '2024-01-01',
  },
} as const;
