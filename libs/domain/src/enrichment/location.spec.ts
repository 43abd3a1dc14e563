// Where a lead writes from, read from its free-text location: every country by its name in English, Spanish or
// Portuguese, so a lead from outside the seller's market is read as outside, not as "location not recognised".
import { countryFromLocation, leadCountry } from './location';

const countryOf = (location: string) => leadCountry(location, null, null).country;

describe('the lead\'s country from its location', () => {
  it.each([
    ['Santa Maria, Cape Verde', 'CV'],
    ['Praia, Cabo Verde', 'CV'],
    ['Bissau, Guiné-Bissau', 'GW'],
    ['Kyiv, Ukraine', 'UA'],
    ['Bursa, Türkiye', 'TR'],
    ['Limassol, Cyprus', 'CY'],
    ['Lagos, Nigeria', 'NG'],
    ['Taipei, Taiwan', 'TW'],
    ['Casablanca, Marruecos', 'MA'],
  ])('a country of any continent, by name: %s is %s', (location, country) => {
    expect(countryOf(location)).toBe(country);
  });

  it.each([
    ['Montevidéu, Uruguai', 'UY'],
    ['Assunção, Paraguai', 'PY'],
    ['Guayaquil, Equador', 'EC'],
    ['San Juan, Porto Rico', 'PR'],
  ])('Latin American countries by their Portuguese names: %s is %s', (location, country) => {
    expect(countryOf(location)).toBe(country);
  });

  it.each([
    // A US state, not the country in the Caucasus.
    ['Atlanta, Georgia', 'US'],
    // A first name in a street or a town, not Mauritius.
    ['Mauricio Báez, Santo Domingo', 'DO'],
  ])('a country name that is also a state or a first name does not claim the lead: %s is %s', (location, country) => {
    expect(countryOf(location)).toBe(country);
  });
});

describe('a state code that ends the address', () => {
  it.each([
    ['San Francisco del Rincón, Gto.', 'MX'],
    ['Naples, FL', 'US'],
    ['León, Gto.', 'MX'],
    ['Monterrey, N.L.', 'MX'],
  ])('%s is in %s: the state names the country before a city its first words look like', (location, country) => {
    expect(countryFromLocation(location)).toBe(country);
  });
});
