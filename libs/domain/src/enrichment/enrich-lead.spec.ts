import { enrichLead } from './enrich-lead';
import { detectLanguage } from './language';
import { countriesNamedIn, countryFromLocation, countryCode } from './location';
import { isPlaceholderPhone, normalizePhone } from './phone';
import { normalizeText } from '../text/normalize';

describe('countryFromLocation', () => {
  it.each([
    ['USA, Miami', 'US'],
    ['Miami', 'US'],
    ['Estados Unidos', 'US'],
    ['New Mexico, USA', 'US'],
    ['CDMX', 'MX'],
    ['Monterrey', 'MX'],
    ['Ciudad de México, México', 'MX'],
    ['Mexico City, Mexico', 'MX'],
    ['Madrid, España', 'ES'],
    ['Ribeirão Preto, Brasil', 'BR'],
    ['Medellín, Colombia', 'CO'],
    ['Cork, Ireland', 'IE'],
  ])('%s is in %s', (location, code) => {
    expect(countryFromLocation(location)).toBe(code);
  });

  it('reads a state or province code at the end of the location', () => {
    expect(countryFromLocation('Lagos de Moreno, Jal.')).toBe('MX');
    expect(countryFromLocation('Springfield, IL')).toBe('US');
    expect(countryFromLocation('La Piedad')).toBeNull();
  });

  it('finds the countries a text names, regions included', () => {
    expect(countriesNamedIn('Empresas de transporte con más de 20 unidades en México').sort()).toEqual(['MX']);
    expect(countriesNamedIn('Bancos y retail en Centroamérica')).toContain('CR');
  });

  it('says nothing for places it does not know', () => {
    expect(countryFromLocation('Springfield')).toBeNull();
    expect(countryFromLocation('')).toBeNull();
  });

  it('reads country names as sales ops write them in a profile', () => {
    expect(countryCode('Mexico')).toBe('MX');
    expect(countryCode('Estados Unidos')).toBe('US');
    expect(countryCode('USA')).toBe('US');
  });
});

describe('normalizePhone', () => {
  it('reads national numbers with the lead country and keeps international ones', () => {
    expect(normalizePhone('222 198 7744', 'MX')).toBe('+522221987744');
    expect(normalizePhone('(813) 555-0134', 'US')).toBe('+18135550134');
    expect(normalizePhone('+57 604 444 2130', 'MX')).toBe('+576044442130');
    expect(normalizePhone('0052 81 8150 7700', null)).toBe('+528181507700');
  });

  it('rejects placeholders and non-numbers', () => {
    expect(isPlaceholderPhone('0000000000')).toBe(true);
    expect(isPlaceholderPhone('1234567890')).toBe(true);
    expect(normalizePhone('0000000000', 'MX')).toBeNull();
    expect(normalizePhone('call me', 'MX')).toBeNull();
  });
});

describe('detectLanguage', () => {
  const lang = (text: string) => detectLanguage(text, normalizeText(text));
  it('tells Spanish, English and Portuguese apart', () => {
    expect(lang('Necesitamos urgentemente mejorar nuestro respaldo de datos')).toBe('es');
    expect(lang('We need immutable backups deployed this week across both data centers.')).toBe('en');
    expect(lang('Estamos avaliando uma solução de backup em nuvem para os próximos meses.')).toBe('pt');
    expect(lang('')).toBeNull();
  });
});

describe('enrichLead', () => {
  it('returns the facts a rep needs before any classification', () => {
    const facts = enrichLead({
      fullName: 'Juliana Restrepo',
      email: 'jrestrepo@constructoraandina.com.co',
      jobPosition: 'Gerente de TI',
      companyName: 'Constructora Andina',
      location: 'Medellín, Colombia',
      phone: '604 444 2130',
      description: 'Estamos evaluando migrar los respaldos a la nube durante este año.',
    });
    expect(facts).toMatchObject({
      emailType: 'CORPORATE',
      emailDomain: 'constructoraandina.com.co',
      seniorityLevel: 'MANAGER',
      roleType: 'TECH_DECISION_MAKER',
      decisionPower: 'MEDIUM',
      phoneE164: '+576044442130',
      country: 'CO',
      language: 'es',
    });
    expect(facts.completeness.missing).toEqual(['industry']);
  });

  it('counts placeholders as missing', () => {
    const facts = enrichLead({ fullName: 'Juan', email: 'juan123@gmail.com', jobPosition: 'N/A', companyName: 'N/A', phone: '0000000000', description: 'info' });
    expect(facts.completeness.missing).toEqual(['companyName', 'jobPosition', 'phone', 'location', 'industry']);
    expect(facts.phoneE164).toBeNull();
  });
});
