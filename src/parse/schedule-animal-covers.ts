/**
 * The covers of an insured animal. A dog's, a cat's or a horse's certificate lists the animal's covers by the insurer's
 * own names — «Veterinærforsikring», «Livsforsikring», «Skjulte feil», «Agria Rehab (tillegg)», «Bruksforsikring»,
 * «Tannbehandling» — and the index-class table knows only some of them (the vet's costs, the life). Every one of them is
 * the animal's: vet costs up to a limit a year, the animal's agreed value, a hidden defect's refund — none a property sum
 * an index adjusts, so `none`, not `other`.
 */
import type { Coverage } from '../model/policy.js';
import type { Reading } from './extract.js';
import { ruleFor, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';

/**
 * An animal's own cover, named as an animal insurer names it: its vet costs, its kind, or the animal insurance itself
 * («Agria Veterinær Premium», «Hundeforsikring», «Hest – bruksforsikring»; lower case). Not a farm's livestock
 * («Husdyr», «Besetning»), which a farm schedule lists among its buildings and crop.
 */
const ANIMAL_COVER = /veterinær|dyreforsikring|hundeforsikring|katteforsikring|hesteforsikring|\b(?:hund|katt|hest)(?:en|ar|er|ene)?\b/;

/** Whether a row is an animal's own cover (ANIMAL_COVER, and the table reads it as an animal's). */
function animalsCover(c: Coverage): boolean {
  const name = lowerCase(`${c.product} ${c.coverage ?? ''}`);
  return ANIMAL_COVER.test(name) && ruleFor(lowerCase(c.product))?.index_class === 'none';
}

/**
 * The rows of a certificate of an animal whose names the table does not know (`other`): the animal's covers too — where
 * one row at least is an animal's own cover and every row is no property (each `none` or not known), so nothing but the
 * animal is insured. A farm's or a household's schedule with a building or contents row is left as it is.
 */
export function unknownAnimalCovers(coverages: readonly Coverage[]): number[] {
  if (!coverages.some(animalsCover)) return [];
  // (a row's class is told by its cover's name where it has one — «Hesteforsikring» / «Bruk (tap av bruksverdi)», the rows of
  // a horse's certificate once its title named their insurance —, else by its own)
  const known = coverages.map((c) => rowIndexClass(c.coverage ?? c.product));
  if (coverages.some((c, i) => c.index_class !== undefined && c.index_class !== 'none' && known[i]!.known)) return [];
  return coverages.flatMap((c, i) => (c.index_class === 'other' && !known[i]!.known ? [i] : []));
}

/**
 * Gives the unknown rows of an animal's certificate (unknownAnimalCovers) the class `none`. The warning stays, reworded:
 * the class is the animal's, told by the certificate, not by the row's name — a reader may still check it.
 */
export function markAnimalCovers(r: Reading, coverages: Coverage[]): void {
  for (const i of unknownAnimalCovers(coverages)) {
    const c = coverages[i]!;
    // (the warning names the row as it was read: by its own name, or by its cover's once a title gave it its insurance)
    for (const name of new Set([c.product, c.coverage ?? c.product])) r.reword(`index class of «${name}» is not known from its name; set to other`, `index class of «${name}» is not known from its name; set to none, as a cover of the insured animal`);
    c.index_class = 'none';
  }
}
