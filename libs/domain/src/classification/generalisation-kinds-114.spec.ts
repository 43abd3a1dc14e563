// Round 114, from the first runs of holdout182-185 (glass-lined reactors, hospital beds, event staff, cargo bikes;
// radiation shielding, water meters, blinds, ice arenas; kosher certification, corporate gyms, body cameras, green
// walls; greywater, fuel cards, LEED, cattle auctions): medidor, lectura, cámara and mashgiaj meet the seller's English
// words (glossary); "estamos a mil con la asamblea anual" and "closing our quarterly numbers" are other matters' hurry;
// "que me marquen" asks for a call; "¿me pueden enviar… precios?" asks to buy, so the learned reading does not name a
// comparing influencer a competitor.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const WATER_METERS: CompanyProfile = {
  companyName: 'Lecturas del Centro S.A.',
  shortDescription: 'Water-meter services for cooperatives.',
  mainServices: ['Meter reading with handheld and drive-by systems', 'Meter replacement programs', 'Billing-data cleanup and non-revenue water audits'],
  targetAudience: 'Water cooperatives and concessionaires in Argentina with 30 employees or more.',
  targetIndustries: ['Cooperativa de agua potable', 'Water utilities'],
  targetCountries: ['Argentina'],
  buyerAreas: ['commercial', 'operations', 'general management'],
};

const BODY_CAMERAS: CompanyProfile = {
  companyName: 'Evidencia Móvil S.A.S.',
  shortDescription: 'Body-worn cameras for security companies.',
  mainServices: ['Body-worn camera rental with docking and charging', 'Video evidence management software with chain of custody'],
  targetAudience: 'Private security, transport and parking-enforcement companies in Colombia with 100 employees or more.',
  targetIndustries: ['Vigilancia privada', 'Logística y transporte de carga', 'Control de parqueo'],
  targetCountries: ['Colombia'],
  buyerAreas: ['operations', 'security'],
};

const KOSHER: CompanyProfile = {
  companyName: 'Kashrut del Plata S.A.',
  shortDescription: 'Kosher certification for food plants.',
  mainServices: ['Kosher certification of food and ingredient plants', 'Mashgiach supervision of production runs'],
  targetAudience: 'Food manufacturers and exporters in Argentina with 20 employees or more.',
  targetIndustries: ['Lácteos', 'Alimentos', 'Exportación de alimentos'],
  targetCountries: ['Argentina'],
  buyerAreas: ['quality', 'production', 'export'],
};

const EVENT_STAFF: CompanyProfile = {
  companyName: 'Edecanes Capital S.A. de C.V.',
  shortDescription: 'Event staffing.',
  mainServices: ['Edecanes and promoters for trade shows and launches', 'Bilingual hosts for product showcases and corporate events'],
  targetAudience: 'Consumer brands and companies that hold events in Mexico, 50 employees or more.',
  targetIndustries: ['Packaged foods', 'Consumer goods'],
  targetCountries: ['Mexico'],
  buyerAreas: ['marketing', 'trade marketing'],
};

const FUEL_CARDS: CompanyProfile = {
  companyName: 'Combustible Control S.A. de C.V.',
  shortDescription: 'Tarjetas de combustible para flotas.',
  mainServices: ['Tarjetas de combustible con límites por vehículo y conductor', 'Alertas de fraude y conciliación con telemetría', 'Reportes de consumo de la flota por litros y kilómetros'],
  targetAudience: 'Empresas con flotas en México con 50 empleados o más.',
  targetIndustries: ['Autotransporte de carga', 'Distribución'],
  targetCountries: ['México'],
  buyerAreas: ['flotas', 'operaciones'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Prueba', email: 'compras@empresa-prueba.com', ...fields });

describe('round 114', () => {
  it('es: "toma de lectura mensual de 16.500 medidores" meets the English meter-reading service: SQL P2 for a quote', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente Comercial', companyName: 'Aguas de las Sierras', industry: 'Water utilities', location: 'Córdoba, Argentina', companySize: 140, description: 'Solicitamos cotización por la toma de lectura mensual de 16.500 medidores domiciliarios por 12 meses, con foto por medidor.' }), WATER_METERS);
    expect(result.fit.reasons.some((r) => r.startsWith('+ need matches'))).toBe(true);
    expect(result.stage).toBe('SQL');
  });

  it('es: "estamos a mil con la asamblea anual, que es urgente… lo de los medidores lo estamos evaluando" is another matter\'s hurry: MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente General', companyName: 'Cooperativa de Agua del Sur', industry: 'Cooperativa de agua potable', location: 'Marcos Juárez, Argentina', companySize: 52, description: 'Estamos a mil con la asamblea anual del sábado, que es urgente cerrar la memoria y balance. Lo del recambio de medidores viejos y la lectura con foto lo estamos evaluando con el consejo.' }), WATER_METERS);
    expect(result.urgency.level).not.toBe('CRITICAL');
    expect(result.stage).toBe('MQL');
  });

  it('es: "un comparativo de cámaras corporales… ¿me pueden enviar ficha técnica y precios?" is an influencer comparing, not a competitor: MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Analista de Operaciones', companyName: 'Transportes del Valle', industry: 'Logística y transporte de carga', location: 'Bogotá, Colombia', companySize: 450, description: 'Buenas tardes, estoy haciendo un comparativo de cámaras corporales para los escoltas de los vehículos de carga. ¿Me pueden enviar ficha técnica y precios del alquiler mensual?' }), BODY_CAMERAS);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('MQL');
  });

  it('es: "necesitamos un mashgiaj para mañana" meets the mashgiach supervision service', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefe de Producción', companyName: 'Lácteos Villa María', industry: 'Lácteos', location: 'Villa María, Argentina', companySize: 180, description: 'Se nos bajó el supervisor de la otra agencia y tenemos la línea parada. Necesitamos un mashgiaj para mañana 6 am.' }), KOSHER);
    expect(result.fit.reasons.some((r) => r.startsWith('+ need matches'))).toBe(true);
    expect(result.stage).toBe('SQL');
  });

  it('en: "slammed this week closing our quarterly numbers (the urgent stuff)… hosts at some point" is another matter\'s hurry: NURTURE', () => {
    const result = classifyWithRules(lead({ email: 'marketing@andesfoods-test.com', jobPosition: 'Marketing Director', companyName: 'Andes Foods', industry: 'Packaged foods', location: 'Mexico City, Mexico', companySize: 340, description: "I'm slammed this week closing our quarterly numbers (that's the urgent stuff on my side), but wanted to drop a note: we may need hosts for a product showcase at some point. Please send general info." }), EVENT_STAFF);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });

  it('es: "quiero algo que me avise cuando la carga no cuadre con los kilómetros. Que me marquen" asks for a call: HIGH, SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente de Flotas', companyName: 'Transportes del Golfo', industry: 'Autotransporte de carga', location: 'Veracruz, México', companySize: 200, description: 'Sospecho que me están robando diésel: los tractos cargan 600 litros y al otro día andan en reserva. Quiero algo que me avise cuando la carga no cuadre con los kilómetros. Que me marquen por favor.' }), FUEL_CARDS);
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });
});
