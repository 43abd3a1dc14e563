// Round 30: urgency about something else, from holdout44-51's misses (issue 14), in other words than the sets': an
// apology for the hurry ("disculpen la prisa", "sorry for the rush") is a busy writer, so a need put in the future after
// it stays in the future; urgency whose only ask is something to read ("URGENT: send your brochure") is urgency for the
// material, not for a concrete need (policy.md s3), so LOW, unless they also ask its prices or report an incident.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const KITCHENS: CompanyProfile = {
  companyName: 'Campanas Limpias',
  shortDescription: 'Limpieza técnica de campanas y ductos de extracción de cocinas industriales.',
  mainServices: ['Limpieza de campanas, ductos y extractores de grasa en cocinas industriales', 'Inspección con video de ductos de extracción y certificado de limpieza'],
  targetAudience: 'Hoteles, comedores industriales y cadenas de restaurantes en México con 40 empleados o más.',
  targetIndustries: ['Hospitality', 'Restaurants', 'Food service'],
  targetCountries: ['Mexico'],
  buyerAreas: ['mantenimiento', 'operaciones'],
};
const kitchenLead = (description: string, jobPosition = 'Gerente de Mantenimiento'): LeadInput => ({
  fullName: 'Ramiro Icaza',
  email: 'ricaza@hotelcostaazul.mx',
  jobPosition,
  companyName: 'Hotel Costa Azul',
  industry: 'Hospitality',
  location: 'Mazatlán, Sinaloa, México',
  companySize: 220,
  description,
});
const read = (description: string) => classifyWithRules(kitchenLead(description), KITCHENS);

describe('an apology for the hurry, then a need for later', () => {
  it.each([
    ['es', 'Disculpen la prisa, tengo una inspección de protección civil en una hora, pero no quería olvidarlo: para el próximo año queremos contratar la limpieza de ductos de las tres cocinas.'],
    ['es', 'Perdón la prisa, salgo corriendo a una junta urgente. A futuro nos interesa la limpieza de campanas de la cocina principal.'],
    ['en', 'Sorry for the rush, I am boarding a flight in ten minutes and wanted to leave this: next year we would like to outsource the hood and duct cleaning.'],
    ['pt', 'Desculpem a pressa, estou resolvendo uma emergência no restaurante do térreo, mas queria deixar o contato: no futuro queremos terceirizar a limpeza dos dutos.'],
  ])('%s: the need waits, whatever was pressing (not CRITICAL, not SQL)', (_lang, description) => {
    const result = read(description);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
    expect(result.urgency.signals.join(' ')).toMatch(/they put it off/);
  });

  it('es: the apology, then an ask for a visit this week, stays urgent', () => {
    const result = read('Disculpen la prisa: se nos incendió la campana de la cocina principal anoche y necesitamos la limpieza de ductos esta semana.');
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.stage).toBe('SQL');
  });
});

describe('urgency whose only ask is something to read', () => {
  it.each([
    ['es', '¡¡URGENTE!! Mándenme su folleto de servicios, por favor.'],
    ['es', 'Urgente: necesito el catálogo de ustedes para conocer qué ofrecen en limpieza de campanas.'],
    ['en', 'URGENT - please send your company profile and service list ASAP, we are updating our supplier files.'],
    ['pt', 'URGENTE!!! Podem me mandar o portfólio de vocês? Queremos conhecer melhor os serviços.'],
  ])('%s: LOW, so NURTURE, with the reason the console shows', (_lang, description) => {
    const result = read(description);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
    expect(result.urgency.signals.join(' ')).toMatch(/their urgency is for reading material/);
  });

  it.each([
    ['es', 'with its prices', 'URGENTE: envíen catálogo y precios de la limpieza de ductos lo antes posible.'],
    ['en', 'with an incident', 'URGENT: the kitchen hood caught fire last night; send your brochure, we need the duct cleaning.'],
    ['pt', 'with a visit', 'URGENTE: mandem o catálogo e agendem uma visita técnica para os dutos da cozinha.'],
    ['es', 'with a date', 'Urgente, mándenme el folleto hoy: el viernes viene la inspección y hay que limpiar los ductos.'],
  ])('%s: the material asked %s stays urgent', (_lang, _what, description) => {
    const result = read(description);
    expect(['CRITICAL', 'HIGH']).toContain(result.urgency.level);
    expect(result.stage).toBe('SQL');
    expect(result.urgency.signals.join(' ')).not.toMatch(/reading material/);
  });
});
