import polyglotI18nProvider from 'ra-i18n-polyglot';
import { MESSAGES } from '../../i18n/i18nProvider';
import { scoreFactorText } from './scoreFactors';

const translator = (locale: string) => {
  const provider = polyglotI18nProvider(() => MESSAGES[locale]!, locale, [], { allowMissing: false });
  return (key: string, options?: object) => provider.translate(key, options) as string;
};

// The groups of libs/domain/src/scoring/features.ts (SCORING_FEATURE_GROUPS), with a value where the group has them.
const FACTORS = [
  'seniority:C_LEVEL', 'role:TECH_DECISION_MAKER', 'emailType:CORPORATE', 'fitScore', 'fitGrade:A', 'urgencyScore', 'urgencyLevel:CRITICAL', 'dealSize:HIGH',
  'complexity:LOW', 'intent:BUYER', 'industry:manufacturing', 'country:MX', 'companySizeBand:201-1000', 'source:referral', 'service:respaldo de datos',
  'language:pt', 'firstResponse', 'noResponse', 'escalations', 'nurtureEngagement',
];

describe('conversion-score factors in the console\'s language', () => {
  it('names the group and translates policy values', () => {
    expect(scoreFactorText(translator('en'), 'seniority:C_LEVEL')).toBe('Seniority: C-level');
    expect(scoreFactorText(translator('es'), 'emailType:FREE')).toBe('Tipo de correo: Proveedor gratuito');
    expect(scoreFactorText(translator('pt-BR'), 'firstResponse')).toBe('Tempo até a primeira resposta');
    expect(scoreFactorText(translator('es'), 'industry:OTHER')).toBe('Industria: otro');
    // Learned categories (industries, countries, services) are the lead's own words: shown as they are.
    expect(scoreFactorText(translator('en'), 'country:MX')).toBe('Country: MX');
  });

  it('words every factor group in every language', () => {
    for (const locale of Object.keys(MESSAGES)) {
      const t = translator(locale);
      for (const feature of FACTORS) expect(scoreFactorText(t, feature)).not.toMatch(/leadops\.|%\{|^[a-z]+[A-Z]\w*(:|$)/);
    }
  });
});
