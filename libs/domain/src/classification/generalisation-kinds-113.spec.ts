// Round 113, from the first runs of holdout178-181 (shearing, grape harvest, cooling towers, serialisation; CNG
// cylinders, merchandising, IBC totes, relocation; hydroblasting, line marking, hydroponics, corporate art; honey
// houses, salt works, aviation fuel, ship chandling): a quarter's planned shutdown is a date; "la esquila pasada" is
// the past; "¿qué porcentaje de hojas…?" asks about the work, not a commission; serialización, agregación, dryer,
// washing, harvester and provisions meet the seller's English words; vineyard, key-account and modern-trade titles run
// those areas; "esse ano" plans; "pop round" is a visit; "mi jefe quiere precios" asks prices; a supplier that "nos
// falla con los pedidos" is no incident; "só pra depois da colheita" puts the ask off.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const profile = (p: Omit<CompanyProfile, 'shortDescription' | 'targetAudience'> & { audience: string }): CompanyProfile => ({
  companyName: p.companyName,
  shortDescription: p.companyName,
  mainServices: p.mainServices,
  targetAudience: p.audience,
  targetIndustries: p.targetIndustries,
  targetCountries: p.targetCountries,
  buyerAreas: p.buyerAreas,
});

const COOLING_TOWERS = profile({ companyName: 'Torres del Norte S.A.', mainServices: ['Cooling tower maintenance and fill / drift eliminator replacement', 'Water treatment and Legionella control'], audience: 'Industrial plants in Mexico with 100 employees or more.', targetIndustries: ['Steel', 'Chemicals', 'Food'], targetCountries: ['Mexico'], buyerAreas: ['maintenance', 'engineering'] });
const SHEARING = profile({ companyName: 'Esquila Patagónica S.R.L.', mainServices: ['Comparsas de esquila Tally-Hi para la temporada', 'Alquiler y mantenimiento de equipos de galpón de esquila'], audience: 'Estancias y cooperativas laneras de la Patagonia con 20 empleados o más.', targetIndustries: ['Ganadería ovina', 'Cooperativas laneras'], targetCountries: ['Argentina'], buyerAreas: ['campo', 'producción'] });
const GRAPE_HARVEST = profile({ companyName: 'Vendimia Maule SpA', mainServices: ['Machine grape harvesting with operator, day and night', 'Harvest logistics to the winery'], audience: 'Wineries and grape growers in Chile with 30 employees or more.', targetIndustries: ['Vitivinicultura', 'Wine grape growing'], targetCountries: ['Chile'], buyerAreas: ['viticulture / campo', 'winemaking / enología'] });
const SERIALISATION = profile({ companyName: 'Serial Pharma Integração Ltda.', mainServices: ['Serialisation and aggregation on packaging lines', 'Track-and-trace reporting to the regulator'], audience: 'Pharmaceutical laboratories with 100 employees or more.', targetIndustries: ['Laboratorio farmacéutico', 'Indústria farmacêutica'], targetCountries: ['Brasil', 'Argentina'], buyerAreas: ['production', 'quality'] });
const MERCHANDISING = profile({ companyName: 'Góndola Viva S.A.S.', mainServices: ['Merchandising crews who restock and face shelves in supermarkets', 'Planogram execution and displays'], audience: 'Consumer-goods manufacturers in Colombia with 50 employees or more.', targetIndustries: ['Alimentos', 'Consumo masivo'], targetCountries: ['Colombia'], buyerAreas: ['sales', 'key accounts', 'modern trade'] });
const CNG = profile({ companyName: 'GNV Rio Serviços Ltda.', mainServices: ['Requalificação periódica de cilindros de GNV', 'Programas de frota com agendamento'], audience: 'Cooperativas de táxi e frotas no Brasil com 20 funcionários ou mais.', targetIndustries: ['Cooperativa de táxi', 'Locação de veículos'], targetCountries: ['Brasil'], buyerAreas: ['frota', 'operações'] });
const LINE_MARKING = profile({ companyName: 'Midlands Line Marking Ltd', mainServices: ['Thermoplastic line marking of private roads, yards and car parks', 'Anti-skid surfacing'], audience: 'Logistics parks and distribution centres in England with 50 employees or more.', targetIndustries: ['Parcel logistics', 'Logistics'], targetCountries: ['United Kingdom'], buyerAreas: ['operations', 'facilities'] });
const CORPORATE_ART = profile({ companyName: 'Arte en Sala S.A.S.', mainServices: ['Alquiler y rotación de obras de arte para oficinas y hoteles', 'Instalación e iluminación de obras'], audience: 'Bancos, estudios jurídicos y hoteles de Uruguay con 50 empleados o más.', targetIndustries: ['Estudio jurídico', 'Banca', 'Hotelería'], targetCountries: ['Uruguay'], buyerAreas: ['dirección', 'administración'] });
const SALT_WORKS = profile({ companyName: 'Salinas Potiguar Serviços Ltda.', mainServices: ['Washing and drying plant service: salt washers, centrifuges and fluid-bed dryers', 'Harvester and conveyor maintenance'], audience: 'Sea-salt producers and refiners in Brazil with 50 employees or more.', targetIndustries: ['Refino de sal', 'Sal marinho'], targetCountries: ['Brasil'], buyerAreas: ['maintenance', 'production'] });
const CHANDLER = profile({ companyName: 'Suministros Navales del Callao S.A.C.', mainServices: ['Provisions and bonded stores delivered on board', 'Technical spares and safety equipment'], audience: 'Shipping lines and fishing fleets calling at Peruvian ports with 30 employees or more.', targetIndustries: ['Pesca industrial', 'Shipping'], targetCountries: ['Perú'], buyerAreas: ['fleet', 'purchasing'] });
const GRAIN_DRYERS = profile({ companyName: 'Secagem Centro-Oeste Ltda.', mainServices: ['Manutenção e revisão de secadores de grãos antes da safra', 'Auditorias de eficiência de secagem'], audience: 'Armazéns e cooperativas com 30 funcionários ou mais.', targetIndustries: ['Armazenagem de grãos', 'Cooperativas agrícolas'], targetCountries: ['Brasil'], buyerAreas: ['manutenção', 'operações'] });

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'buyer@company-test.com', ...fields });

describe('round 113', () => {
  it('en: a fill replacement "during next quarter\'s shutdown" dates a planned stop, no incident: MEDIUM, MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Engineering Manager', companyName: 'Northfield Tubing', industry: 'Steel', location: 'Ramos Arizpe, Mexico', companySize: 420, description: "We're planning a full fill replacement on our 4-cell cooling tower during next quarter's shutdown. Would like to understand your approach." }), COOLING_TOWERS);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: a fire "en la esquila pasada" is the past; "este año queremos…" plans: MEDIUM, MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefa de Campo', companyName: 'Estancia Laguna Fría', industry: 'Ganadería ovina', location: 'Tecka, Argentina', companySize: 25, description: 'En la esquila pasada se nos prendió fuego el generador del galpón y perdimos tres días con la comparsa parada. Este año queremos tener equipo de respaldo y que alguien revise el galpón antes de la temporada.' }), SHEARING);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: "¿qué porcentaje de hojas entregan?" asks about the work, not a commission: a buyer, MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefe de Enología', companyName: 'Viña Las Águilas', industry: 'Vitivinicultura', location: 'Molina, Chile', companySize: 140, description: 'No es urgente, pero estamos evaluando si la uva cosechada a máquina de noche llega mejor. ¿Qué porcentaje de hojas y material extraño entregan normalmente?' }), GRAPE_HARVEST);
    expect(result.intent?.kind).toBe('BUYER');
    expect(result.stage).toBe('MQL');
  });

  it('en: a "Vineyard Manager" runs viticulture: SQL P2 for a quote', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Vineyard Manager', companyName: 'Coastal Vineyards', industry: 'Wine grape growing', location: 'Casablanca, Chile', companySize: 62, description: 'Could you quote night machine harvesting for 80 ha, early March start, with bins delivered to the winery?' }), GRAPE_HARVEST);
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  });

  it('es: "cotizar serialización y agregación" meets the English serialisation service', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefa de Producción', companyName: 'Laboratorios Pampa', industry: 'Laboratorio farmacéutico', location: 'Pilar, Argentina', companySize: 220, description: 'Necesitamos cotizar serialización y agregación para dos líneas de blíster. Mandame una propuesta.' }), SERIALISATION);
    expect(result.fit.reasons.some((r) => r.startsWith('+ need matches'))).toBe(true);
    expect(result.stage).toBe('SQL');
  });

  it('es: a "Jefe de Canal Moderno" and a "Gerente de Cuentas Clave" run modern trade and key accounts', () => {
    const channel = classifyWithRules(lead({ jobPosition: 'Jefe de Canal Moderno', companyName: 'Lácteos La Pradera', industry: 'Alimentos', location: 'Bogotá, Colombia', companySize: 350, description: 'La cadena nos amenaza con sacar referencias si no se corrige de inmediato el surtido de las neveras. Necesito gente que surta ya mismo.' }), MERCHANDISING);
    const accounts = classifyWithRules(lead({ jobPosition: 'Gerente de Cuentas Clave', companyName: 'Aseo Premium', industry: 'Consumo masivo', location: 'Bogotá, Colombia', companySize: 300, description: 'Mañana pasa el comprador de la cadena a revisar el planograma en 12 almacenes. Necesito una cuadrilla hoy en la noche.' }), MERCHANDISING);
    expect([channel.contactProfile.roleType, accounts.contactProfile.roleType]).toEqual(['BUSINESS_DECISION_MAKER', 'BUSINESS_DECISION_MAKER']);
    expect([channel.priority, accounts.priority]).toEqual(['P1', 'P1']);
  });

  it('pt: "a gente quer organizar esse ano" plans for this year: MEDIUM, MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Supervisor de Frota', companyName: 'Coopertáxi Norte', industry: 'Cooperativa de táxi', location: 'Rio de Janeiro, Brasil', companySize: 210, description: 'A gente quer organizar esse ano um calendário de requalificação dos cilindros de todos os cooperados. Tô juntando informação pra levar pra diretoria.' }), CNG);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('en: "could you pop round and have a look?" asks for a visit: HIGH, SQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Site Operations Manager', companyName: 'Ashby Parcel Hub', industry: 'Parcel logistics', location: 'Coalville, UK', companySize: 200, description: 'The line marking on our yard has worn away and drivers park anywhere. Could you pop round and have a look?' }), LINE_MARKING);
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });

  it('es: "mi jefe quiere precios de alquiler de cuadros" asks prices: HIGH, MQL for an assistant', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Asistente de Dirección', companyName: 'Estudio Castro', industry: 'Estudio jurídico', location: 'Montevideo, Uruguay', companySize: 60, description: 'Mi jefe quiere precios de alquiler de cuadros para la oficina nueva.' }), CORPORATE_ART);
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('MQL');
  });

  it('pt: "revisar nossa centrífuga e o secador" meets the English washing-and-drying service', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Gerente de Manutenção', companyName: 'Refino Sal Nordeste', industry: 'Refino de sal', location: 'Fortaleza, Brasil', companySize: 120, description: 'Estamos avaliando empresas para revisar nossa centrífuga e o secador de leito fluidizado.' }), SALT_WORKS);
    expect(result.fit.reasons.some((r) => r.startsWith('+ need matches'))).toBe(true);
    expect(result.stage).toBe('MQL');
  });

  it('es: "el proveedor actual nos falla con los pedidos" is no incident: evaluating is MEDIUM, MQL', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Jefa de Flota', companyName: 'Pesquera Chimbote', industry: 'Pesca industrial', location: 'Chimbote, Perú', companySize: 340, description: 'Tenemos 14 embarcaciones y el tema víveres y repuestos es constante. Estamos evaluando cambiar de proveedor porque el actual nos falla con los pedidos de último minuto.' }), CHANDLER);
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('pt: "quanto fica uma revisão, mas só pra depois da colheita" puts the ask off: LOW, NURTURE', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Proprietário', companyName: 'Armazém Itaberaí', industry: 'Armazenagem de grãos', location: 'Itaberaí, Brasil', companySize: 40, description: 'Temos um secador de 30 t. Queria saber quanto fica uma revisão, mas só pra depois da colheita.' }), GRAIN_DRYERS);
    expect(result.urgency.level).toBe('LOW');
    expect(result.stage).toBe('NURTURE');
  });
});
