// Round 39, from holdout60's first run (0.955 stage; lists and model unseen): an offer asked of the seller
// ("solicitamos oferta", "envíen su oferta", "please send us your offer") is a quote request, while the word alone ("vi
// su oferta") asks nothing; "antes de final de mes" is this month; "perdemos mucho calor" is a standing loss, not an
// incident now.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const FIRE: CompanyProfile = {
  companyName: 'Protección Ígnea Levante',
  shortDescription: 'Protección contra incendios para industria: instalación, mantenimiento e inspecciones reglamentarias.',
  mainServices: ['Instalación de sistemas de rociadores y redes de hidrantes', 'Mantenimiento de extintores, BIE y sistemas de detección', 'Inspecciones reglamentarias de protección contra incendios'],
  targetAudience: 'Naves industriales y centros logísticos en España con 50 empleados o más.',
  targetIndustries: ['Manufacturing', 'Logistics', 'Food and beverage'],
  targetCountries: ['Spain'],
  buyerAreas: ['mantenimiento', 'seguridad', 'prevención'],
};
const plantLead = (description: string): LeadInput => ({
  fullName: 'Jordi Ballester', email: 'jballester@plasticosturia.es', jobPosition: 'Jefe de Mantenimiento', companyName: 'Plásticos del Turia', industry: 'Plásticos',
  location: 'Paterna, Valencia, España', companySize: 210, description,
});
const read = (description: string) => classifyWithRules(plantLead(description), FIRE);

it.each([
  ['es', 'Solicitamos oferta para el mantenimiento anual de extintores y BIE de las dos naves.'],
  ['es', 'Envíen su oferta de inspección reglamentaria antes de final de mes, por favor.'],
  ['en', 'Please send us your offer for the annual maintenance of extinguishers and hose reels.'],
  ['pt', 'Solicitamos uma oferta para a manutenção anual dos extintores da fábrica.'],
])('%s: an offer asked of the seller is a quote request (HIGH): "%s"', (_lang, description) => {
  const result = read(description);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('reads "oferta" alone as no ask: "Vi su oferta en una feria; me gustaría conocer más sobre el mantenimiento de extintores."', () => {
  expect(read('Vi su oferta en una feria; me gustaría conocer más sobre el mantenimiento de extintores.').urgency.level).toBe('LOW');
});

it('reads a standing loss ("perdemos mucha presión en la red") as no incident now', () => {
  const result = read('Perdemos mucha presión en la red de hidrantes y queremos revisarla este año.');
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});
