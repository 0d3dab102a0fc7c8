import { describe, expect, it } from 'vitest';
import { rateObjectClass, rowIndexClass } from './index-class.js';

describe('index class: the most specific name wins', () => {
  it.each([
    ['Eiendeler - Varer', 'varer'],
    ['Eiendeler – Varer', 'varer'],
    ['Eiendeler - Maskiner, inventar og løsøre', 'maskin_losore'],
    ['Eiendeler', 'maskin_losore'],
    // a broker's overview: «| Eiendom løsøre | KLP | 1120-55031 | kr 610 000 000 |» — the family, then its part
    ['Eiendom løsøre', 'maskin_losore'],
    ['Eigedom lausøyre', 'maskin_losore'],
    ['Eiendom varer', 'varer'],
    ['Eiendom bygninger', 'bygninger'],
    ['Eiendom', 'bygninger'],
    ['Varer', 'varer'],
    // a farm's certificate: «Lagret fôr og avling | Bjørnstadvegen 160 | kr 310 000 | …» — what is stored is stock
    ['Lagret fôr og avling', 'varer'],
    ['Lagra korn', 'varer'],
    ['Bygning - Boligblokk', 'bygninger'],
    ['Bygning - Garasjeanlegg', 'bygninger'],
    ['Husleietap - tap av egne lokaler', 'none'],
    ['Driftstap - Eiendeler', 'none'],
    ['Avbrotstap', 'none'],
    // «Ekstrautgifter      -      Etter regning      20 000      inkl.» under «Driftstap» in a business certificate
    ['Ekstrautgifter', 'none'],
    ['Meirutgifter', 'none'],
    // «5   Oppryddingskostnader / Debris removal   Alle steder   Etter regning   -   inkl.» in a property schedule: the
    // cost of clearing the site after a loss, paid as incurred or up to a limit
    ['Oppryddingskostnader / Debris removal', 'none'],
    ['Rydding og riving', 'none'],
    ['Riving, rydding og bortkjøring', 'none'],
    ['Opprydding etter skade', 'none'],
    // 50/hdi-fornyelse-ansvar-2025: «Tilbakekallingskostnader        NOK 2 000 000,-   se punkt 2   NOK 37 200,-» beside «Produktansvar»
    ['Tilbakekallingskostnader', 'none'],
    ['Tilbakekallingsforsikring', 'none'],
    ['Driftsavbrot', 'none'],
    ['Innbo og løsøre', 'innbo'],
    // a congregation's schedule: «Orgel   Langgata 52, 4306 Sandnes   kr 2 100 000,-» beside «Inventar og løsøre»
    ['Orgel', 'maskin_losore'],
    ['Orgelet i kirken', 'maskin_losore'],
    ['Flygel', 'maskin_losore'],
    ['Musikkinstrumenter', 'maskin_losore'],
    // the contents, and where they are kept: «Innbo hytte | Steinsdalsvegen 40 | 400 000»
    ['Innbo hytte', 'innbo'],
    ['Innboforsikring fritidsbolig', 'innbo'],
    ['Hytteinnbo', 'innbo'],
    // one sum for both stays the building's
    ['Hus og innbo', 'bygninger'],
    // a system's abbreviations of building names, bokmål and nynorsk («Kommunale utleigebust. | Bakkane 2-8, …»)
    ['Kommunale utleigebust.', 'bygninger'],
    ['Driftsbygn. m/lager', 'bygninger'],
    ['Adm.bygg', 'bygninger'],
    ['Forr.bygg', 'bygninger'],
    ['Utleiebygg', 'bygninger'],
    ['Bolighus m/garasje', 'bygninger'],
    // what of the building is insured after its comma: «Adm. bygg, lausøyre | Rådhusvegen 1, …»
    ['Adm. bygg, lausøyre', 'maskin_losore'],
    ['Bygning, Storgata 1', 'bygninger'],
    // the object word first decides, not a company's name a PDF ran into the cell («Lausøyre Hjelmvik Eigedom KF»)
    ['Lausøyre Hjelmvik Eigedom KF', 'maskin_losore'],
    ['Lausøre', 'maskin_losore'],
    ['Varer i lagerbygg', 'varer'],
    ['Byggevarer på lager', 'varer'],
    ['Byggvarer', 'varer'],
    ['Varer (dykkerutstyr for salg)', 'varer'],
    ['Inventar i utleiehyttene', 'maskin_losore'],
    ['Maskinhus', 'bygninger'],
    ['Husleigetap Hjelmvik Eigedom KF', 'none'],
    // «Næringslivsforsikring» is a business's insurance, no life insurance (its rows' cover names their class)
    ['Næringslivsforsikring', 'other'],
    ['Livsforsikring', 'none'],
    ['Varebil', 'none'],
    // a vehicle row whose registration number the PDF layout set on a line of its own
    ['Bilforsikring', 'none'],
    ['Yrkesbåt', 'none'],
    ['Gruppeliv', 'none'],
    ['Styreansvar', 'none'],
    // crime covers: an employee's embezzlement or fraud, a first-risk limit in kroner or G — no index class (was `other` with a warning)
    ['Underslag', 'none'],
    ['Bedrageri', 'none'],
    ['Utroskap og underslag', 'none'],
    ['Kriminalitet, førsterisiko', 'none'],
    ['Underslagsforsikring', 'none'],
    ['Husforsikring', 'bygninger'],
    // standing forest is valued at timber prices, a class of its own
    ['Skogforsikring', 'other'],
    // farm buildings, bokmål and nynorsk («Løe og fjøs, gnr. 12 bnr. 3»)
    ['Løe og fjøs', 'bygninger'],
    ['Låve', 'bygninger'],
    ['Stabbur', 'bygninger'],
    ['Naust', 'bygninger'],
    ['Maskinhus', 'bygninger'],
    // a boat's hull is insured at its agreed value, not indexed
    ['Skrog og maskineri', 'none'],
    ['Kasko', 'none'],
    // a car's cover levels, as a schedule's «Dekning» names them
    ['Delkasko', 'none'],
    ['Toppkasko', 'none'],
    // nynorsk vehicles
    ['Køyretøy (14)', 'none'],
    ['Tilhengar', 'none'],
    // definite and plural forms, as a renewal letter's index bullets name them («• Husene: 4,6 %»)
    ['Husene', 'bygninger'],
    ['Huset', 'bygninger'],
    ['Hytta', 'bygninger'],
    ['Eigedomane', 'bygninger'],
    ['Varane', 'varer'],
    ['Eiendelene', 'maskin_losore'],
    ['Eigedelane', 'maskin_losore'],
    // «styre» is a board's only as a word of its own: «Utstyret» is equipment
    ['Utstyret', 'maskin_losore'],
    // stock in a compound, as a farm's or a factory's schedule names it («Avling og innsatsvarer»)
    ['Avling og innsatsvarer', 'varer'],
    ['Råvarer og ferdigvarer', 'varer'],
    ['Handelsvarane', 'varer'],
    // a list in brackets is what the name holds; the name before it is the class
    ['Løsøre (inventar, utstyr og varer)', 'maskin_losore'],
    ['Eiendeler (varer)', 'varer'],
    // but not a verb or another word that ends so
    ['Ansvarar', 'none'],
    // a farm's and a summer farm's buildings, one row each on a farm schedule
    // («Eldhus | gnr. 41 bnr. 2 | 310 000», «Sel på setra | 450 000»)
    ['Seterhus', 'bygninger'],
    ['Setra', 'bygninger'],
    ['Sel', 'bygninger'],
    ['Sel på setra', 'bygninger'],
    ['Stabbur', 'bygninger'],
    ['Redskapsbu', 'bygninger'],
    ['Naust', 'bygninger'],
    ['Eldhus', 'bygninger'],
    ['Uthus', 'bygninger'],
    ['Jordkjeller', 'bygninger'],
    ['Vedskjul', 'bygninger'],
    ['Sommerfjøs', 'bygninger'],
    ['Kårbolig', 'bygninger'],
    ['Våningshus', 'bygninger'],
    ['Anneks', 'bygninger'],
    // a compound that ends in a building word
    ['Sjøbu', 'bygninger'],
    ['Fiskebua', 'bygninger'],
    ['Sykkelbod', 'bygninger'],
    ['Høyløe', 'bygninger'],
    ['Kornlåve', 'bygninger'],
    ['Hønsehus', 'bygninger'],
    ['Uthuset', 'bygninger'],
    ['Bygning - Eldhus', 'bygninger'],
    ['Uthus/vedskjul', 'bygninger'],
    // the shed a boat or a vehicle stands in is a building
    ['Båthus', 'bygninger'],
    ['Traktorgarasje', 'bygninger'],
    ['Bygning - Båtnaust', 'bygninger'],
    ['Båt', 'none'],
    ['Traktor', 'none'],
    // contents kept in such a building are contents
    ['Innbo i uthus', 'innbo'],
    ['Innbu', 'innbo'],
    // a hall as a name's first word is a building; a contractor's site huts and equipment move from
    // site to site, and are insured as its løsøre («Brakkerigg og anleggsmateriell»)
    ['Lagerhall', 'bygninger'],
    ['Idrettshall, Storgata 2', 'bygninger'],
    ['Brakkerigg og anleggsmateriell', 'maskin_losore'],
    ['Anleggsmateriell', 'maskin_losore'],
    // a crane is a machine, whatever it lifts; a child's insurance, a pension's premium waiver and
    // the loss of an animal are no indexed property
    ['Båtkran 5 tonn', 'maskin_losore'],
    ['Barneforsikring', 'none'],
    ['Innskuddsfritak', 'none'],
    ['Tap av hund', 'none'],
    ['Hest', 'none'],
  ])('%s → %s', (name, cls) => {
    expect(rowIndexClass(name).index_class).toBe(cls);
  });
  it.each([
    // not buildings: an estate («dødsbu»), an offer («tilbod»), a surname or a farm's name after a
    // given name («Kari Nordhus»), a municipality («Sel kommune»), seats («Seter»)
    ['Dødsbu'],
    ['Konkursbu'],
    ['Tilbod'],
    ['Anbod'],
    ['Kari Nordhus'],
    ['Sel kommune'],
    ['Selskap'],
    // a place whose name starts with a building word and goes on with a letter outside ASCII: a
    // letter's dateline «Bodø, 27. januar 2025» is no «bod» (it became a change's product)
    ['Bodø, 27. januar 2025'],
    ['Bodø kommune'],
    // «hall» alone or after a short word is no hall of a building («Hall», a surname)
    ['Hall'],
    ['Kari Hall'],
    // a farm package whose name has no building word: the safe reading is no class of its own (its
    // rows say what they insure; a package is not a building unless they do)
    ['Gårdsbruk Pluss'],
    ['Landbrukspakke'],
  ])('%s is no building', (name) => {
    expect(rowIndexClass(name).index_class).not.toBe('bygninger');
  });
  it('maps index rates of a letter to their class', () => {
    expect(rateObjectClass('Maskin og løsøre i næringslivet')).toBe('maskin_losore');
    expect(rateObjectClass('Innbo og løsøre')).toBe('innbo');
    expect(rateObjectClass('Bygning')).toBe('bygninger');
  });
});

describe('a caravan is a vehicle', () => {
  it('«Campingvognforsikring» (a card\'s title) is no indexed property; «Innbo i campingvogn» an item of it, not the home\'s contents', () => {
    expect(rowIndexClass('Campingvognforsikring')).toEqual({ index_class: 'none', known: true });
  });
});

describe('after a dash, which ones or where they are', () => {
  // an e-mail's bullet: «- Maskiner og inventar - begge bygg: sum kr 18 600 000, …» (the machines in both buildings)
  it.each([
    ['Maskiner og inventar - begge bygg', 'maskin_losore'],
    ['Varer - i alle lagerbygg', 'varer'],
    ['Eiendeler - Varer', 'varer'],
  ])('«%s» is %s', (name, cls) => {
    expect(rowIndexClass(name).index_class).toBe(cls);
  });
});

describe("a municipality's buildings named by their use", () => {
  // 72/klp-kommune-eiendom-oversikt's «Rindal helsetun» (read as a person cover by «helse»), a fire station, a school
  it('are buildings; a cover named after them is not', () => {
    expect(rowIndexClass('Rindal helsetun').index_class).toBe('bygninger');
    expect(rowIndexClass('Hareid brannstasjon').index_class).toBe('bygninger');
    expect(rowIndexClass('Larsnes skule').index_class).toBe('bygninger');
    expect(rowIndexClass('Solbakken barnehage').index_class).toBe('bygninger');
    expect(rowIndexClass('Helseforsikring').index_class).toBe('none');
    expect(rowIndexClass('Barnehageforsikring').index_class).not.toBe('bygninger');
  });
});

describe('a refrigeration plant is a machine', () => {
  // a cold store's schedule: «Kjøle- og fryseanlegg   Brattørkaia 11, 7010 Trondheim   kr 4 200 000 …»
  it.each(['Kjøle- og fryseanlegg', 'Kjøleanlegg', 'Kuldeanlegg i lagerhall', 'Fryseanlegg'])('«%s» is maskin_losore', (name) => {
    expect(rowIndexClass(name)).toEqual({ index_class: 'maskin_losore', known: true });
  });
});

describe('a class of property in brackets after a vehicle\'s word', () => {
  // a farm renewal: «Traktor og reiskap (lausøyre)   kr 1 150 000» — the tractor insured as the farm's movable property
  it('is that class; the vehicle alone stays none', () => {
    expect(rowIndexClass('Traktor og reiskap (lausøyre)').index_class).toBe('maskin_losore');
    expect(rowIndexClass('Traktor og redskap (løsøre)').index_class).toBe('maskin_losore');
    expect(rowIndexClass('Traktor og redskap').index_class).toBe('none');
    expect(rowIndexClass('Traktor (registrert)').index_class).toBe('none');
    expect(rowIndexClass('Driftstap (løsøre)').index_class).toBe('none');
  });
});

describe('customers\' cars in custody and a farm\'s livestock', () => {
  // a garage's certificate in nynorsk: «Kundebilar i varetekt   Førsterisiko 2 000 000 kr» — cars, not stock
  it('«varetekt» (custody) is no stock; «-bilar» (nynorsk plural) are vehicles', () => {
    expect(rowIndexClass('Kundebilar i varetekt')).toEqual({ index_class: 'none', known: true });
    expect(rowIndexClass('Bilar i verkstad')).toEqual({ index_class: 'none', known: true });
    expect(rowIndexClass('Varer i varetekt').index_class).toBe('varer');
  });
  it('livestock — «Besetning storfe», «Buskap», «Husdyr» — is animals at their value, no indexed property', () => {
    expect(rowIndexClass('Besetning storfe').index_class).toBe('none');
    expect(rowIndexClass('Buskap').index_class).toBe('none');
    expect(rowIndexClass('Fjørfe').index_class).toBe('none');
  });
  it('what is held «på lager» is stock', () => {
    expect(rowIndexClass('Produkter på lager').index_class).toBe('varer');
  });
});
