// The learned non-buyer reading (learned-intent.ts): it names writers the phrase lists do not, in new words, in each
// language; it leaves buyers alone, above all those asking for what the seller sells; and it says so in the result.
import { classifyWithRules } from './classify-with-rules';
import { LEARNED_KINDS, learnedFeatures, readLearnedNonBuyer, type LearnedIntentData } from './learned-intent';
import type { CompanyProfile, LeadInput } from './types';

const COLD_ROOMS: CompanyProfile = {
  companyName: 'Frío Andino',
  shortDescription: 'Mantenimiento de cámaras frigoríficas en Perú.',
  mainServices: ['Mantenimiento preventivo de cámaras frigoríficas', 'Instalación de túneles de congelado'],
  targetAudience: 'Empresas con 50 empleados o más.',
  targetIndustries: ['Food processing', 'Retail'],
  targetCountries: ['Peru', 'Brazil'],
};
const MARKETING: CompanyProfile = {
  companyName: 'Pauta Digital',
  shortDescription: 'Agencia de marketing digital: SEO, Google Ads y LinkedIn Ads para empresas B2B.',
  mainServices: ['Posicionamiento SEO', 'Campañas de Google Ads y LinkedIn Ads', 'Generación de leads B2B'],
  targetAudience: 'Empresas B2B con 10 empleados o más.',
  targetIndustries: ['Technology', 'Services'],
  targetCountries: ['Argentina'],
};
const lead = (description: string, at: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Ana Ruiz',
  email: 'ana.ruiz@mercadonorte.pe',
  jobPosition: 'Gerente Comercial',
  companyName: 'Mercado Norte',
  industry: 'Retail',
  location: 'Lima, Perú',
  companySize: 200,
  description,
  ...at,
});

describe('writers the lists miss, named in new words', () => {
  it.each([
    ['pt', 'Fala galera! Somos especialistas em anúncios no Instagram para empresas do setor de frio. Que tal uma conversa rápida pra mostrar como trazer mais clientes?', 'VENDOR_PITCH'],
    ['en', 'Hi, we specialize in commercial vehicle insurance for service companies. We can usually lower premiums by 10-15%. Would you be open to a quick review of your current fleet policy?', 'VENDOR_PITCH'],
    ['es', 'buenas, quisiera aplicar como ayudante de técnico, tengo licencia y experiencia en bodega. vivo cerca de su taller', 'JOB_SEEKER'],
  ])('%s: %s', (_lang, description, kind) => {
    const listsOnly = classifyWithRules(lead(description), COLD_ROOMS, undefined, { learnedIntent: null });
    expect(listsOnly.intent?.kind).toBe('BUYER');
    expect(listsOnly.stage).not.toBe('DISQUALIFIED');

    const result = classifyWithRules(lead(description), COLD_ROOMS);
    expect(result.intent?.kind).toBe(kind);
    expect(result.stage).toBe('DISQUALIFIED');
    // Said in the result, with the lead's own words, as a code the console renders in the reader's language.
    const code = result.explanationCodes?.find((c) => c.code === 'LEARNED_NON_BUYER');
    expect(code?.params?.['words']).toMatch(/^".+"/);
    expect(result.explanation).toContain(`Read as not a buyer from wording learned on labelled leads: ${code?.params?.['words']}`);
    expect(result.intent?.evidence.length).toBeGreaterThan(0);
  });
});

describe('buyers stay buyers', () => {
  it('a buyer who asks a marketing agency for SEO and ads (the seller\'s own words) is no vendor', () => {
    const at = { email: 'ceo@stackbaires.com.ar', companyName: 'Stack Baires', industry: 'Software', location: 'Buenos Aires, Argentina', jobPosition: 'CEO', companySize: 40 };
    const result = classifyWithRules(lead('Hola, somos una software factory y queremos generar leads en España con LinkedIn Ads, SEO y un flujo de nutrición. ¿Pueden pasarnos una propuesta?', at), MARKETING);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('SQL');
  });

  it.each([
    ['es', 'Necesitamos mantenimiento preventivo de tres cámaras frigoríficas antes de fin de mes, ¿nos cotizan?'],
    ['pt', 'Precisamos de manutenção preventiva nas câmaras frigoríficas das duas lojas. Podem mandar um orçamento?'],
    ['en', 'We need preventive maintenance for the cold rooms at our two stores. Could you send a quote?'],
  ])('%s: %s', (_lang, description) => {
    const result = classifyWithRules(lead(description), COLD_ROOMS);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.explanationCodes?.some((c) => c.code === 'LEARNED_NON_BUYER')).toBe(false);
  });
});

describe('the model', () => {
  it('reads a description as its stems and each pair of neighbours', () => {
    expect(learnedFeatures(['ofrec', 'servici', 'limpiez'])).toEqual(['ofrec', 'ofrec servici', 'servici', 'servici limpiez', 'limpiez']);
  });

  // A tiny model, to show the arithmetic: "ofrec" is in three vendor pitches and no buyer's lead.
  const tiny: LearnedIntentData = {
    threshold: 1,
    documents: [10, 1, 1, 3, 1, 1, 1, 1],
    features: { ofrec: [0, 0, 0, 3, 0, 0, 0, 0], servici: [5, 0, 0, 2, 0, 0, 0, 0], necesit: [8, 0, 0, 0, 0, 0, 0, 0] },
  };
  const text = (stems: string[]) => ({ stems, wordIndex: stems.map((_, i) => i) });

  it('names the likeliest kind and the words that weighed most', () => {
    const read = readLearnedNonBuyer(text(['ofrec', 'servici', 'limpiez']), new Set(), tiny);
    expect(read?.kind).toBe('vendor');
    expect(read?.hits[0]?.text).toBe('ofrec');
  });

  it('reads a buyer\'s words as a buyer, and leaves out the seller\'s own words', () => {
    expect(readLearnedNonBuyer(text(['necesit', 'servici', 'limpiez']), new Set(), tiny)).toBeUndefined();
    expect(readLearnedNonBuyer(text(['ofrec', 'servici', 'limpiez']), new Set(['ofrec']), tiny)).toBeUndefined();
  });

  it('judges no text of fewer than three meaningful words', () => {
    expect(readLearnedNonBuyer(text(['ofrec', 'servici']), new Set(), tiny)).toBeUndefined();
  });

  it('knows each kind the lists know', () => {
    expect([...LEARNED_KINDS]).toEqual(['student', 'jobSeeker', 'vendor', 'competitor', 'partner', 'privatePerson', 'spam']);
  });
});
