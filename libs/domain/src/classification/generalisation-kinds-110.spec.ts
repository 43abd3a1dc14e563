// Round 110, from the first run of holdout176 (vinasse management, paint robots, a green-coffee lab, mining tyres):
// "vinhoto" is vinasse and "catación" is cupping (glossary); "alguém que venha medir", "que me marcaran", "ring me",
// "give us a bell" ask for a visit or a call; "necesito saber hoy" dates the need today; a shutdown that "wraps up"
// before the work starts is a date, not an incident; "para el próximo trimestre arrancamos…" plans, so talking "cuando
// se acerque la fecha" waits for that quarter (MEDIUM), not for nothing; a "Gerente Comercial" runs a commercial area.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const VINASSE: CompanyProfile = {
  companyName: 'Vinhaça Certa Engenharia Ltda.',
  shortDescription: 'Gestão de vinhaça para usinas de açúcar e etanol.',
  mainServices: ['Logística e plano de fertirrigação com vinhaça', 'Estudos de concentração e taxa de aplicação de vinhaça por área', 'Manutenção e impermeabilização de canais e tanques de vinhaça'],
  targetAudience: 'Usinas de açúcar e etanol com 100 funcionários ou mais.',
  targetIndustries: ['Usinas de açúcar e etanol', 'Açúcar e álcool'],
  targetCountries: ['Brasil'],
  buyerAreas: ['produção agrícola', 'meio ambiente', 'industrial'],
};

const PAINT_ROBOTS: CompanyProfile = {
  companyName: 'Robótica de Pintura del Centro S.A. de C.V.',
  shortDescription: 'Automatización de pintura con robots para plantas de autopartes.',
  mainServices: ['Programación y optimización de trayectorias de robots de pintura', 'Auditorías de defectos de pintura y espesor de película', 'Mantenimiento de robots y cabinas de pintura'],
  targetAudience: 'Plantas de autopartes y electrodomésticos con 80 empleados o más.',
  targetIndustries: ['Autopartes', 'Electrodomésticos'],
  targetCountries: ['México'],
  buyerAreas: ['producción', 'calidad', 'mantenimiento'],
};

const COFFEE_LAB: CompanyProfile = {
  companyName: 'Taza Clara Laboratorio S.A.S.',
  shortDescription: 'Independent green-coffee quality laboratory.',
  mainServices: ['Cupping by Q-graders and cup profiles for offer sheets', 'Moisture and water-activity tests of parchment and green coffee', 'Physical grading and defect counts'],
  targetAudience: 'Coffee exporters, roasters and cooperatives in Colombia with 15 employees or more.',
  targetIndustries: ['Coffee export', 'Café especial', 'Coffee cooperatives'],
  targetCountries: ['Colombia'],
  buyerAreas: ['quality', 'commercial', 'export'],
};

const MINING_TYRES: CompanyProfile = {
  companyName: 'Pilbara Tyre Management Pty Ltd',
  shortDescription: 'Off-the-road tyre management for mining fleets.',
  mainServices: ['OTR tyre fitting and rotation for haul trucks and loaders', 'Tyre-life reports and scrap analysis', 'Tyre pressure and temperature monitoring'],
  targetAudience: 'Mining companies and contractors in Australia with 150 employees or more.',
  targetIndustries: ['Mining', 'Mining contractor', 'Iron ore'],
  targetCountries: ['Australia'],
  buyerAreas: ['maintenance', 'mobile plant', 'fleet'],
};

describe('round 110', () => {
  it('pt: "o vinhoto está queimando a soca… quero alguém que venha medir" names vinasse and asks for a visit: HIGH, SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Teste', email: 'agricola@usinaboavista-teste.com.br', jobPosition: 'Gerente de Produção Agrícola', companyName: 'Usina Boa Vista', industry: 'Açúcar e álcool', location: 'Jaú, Brasil', companySize: 700, description: 'O vinhoto está queimando a soca nos talhões perto da usina, jogam demais ali. Quero alguém que venha medir quanto cada talhão aguenta.' },
      VINASSE,
    );
    expect(result.fit.reasons.some((r) => r.startsWith('+ need matches'))).toBe(true);
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });

  it('es: "para el próximo trimestre arrancamos… platicar cuando se acerque la fecha" is a plan for that quarter: MEDIUM, MQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'operaciones@tanquesbajio-prueba.mx', jobPosition: 'Director de Operaciones', companyName: 'Tanques del Bajío', industry: 'Autopartes', location: 'Celaya, México', companySize: 300, description: 'Para el próximo trimestre arrancamos una segunda cabina con robots. Queremos platicar con ustedes de la programación cuando se acerque la fecha.' },
      PAINT_ROBOTS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });

  it('es: "no es urgente, pero sí quisiera que me marcaran" asks for a call: HIGH, never CRITICAL, SQL P2', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'produccion@herrajesnorte-prueba.mx', jobPosition: 'Jefe de Producción', companyName: 'Herrajes del Norte', industry: 'Autopartes', location: 'Saltillo, México', companySize: 240, description: 'No es urgente, pero sí quisiera que me marcaran para ver una auditoría de defectos de pintura, las piezas salen con grumos.' },
      PAINT_ROBOTS,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
    expect(result.priority).toBe('P2');
  });

  it('es: "cotización de catación con perfil de taza" from a Gerente Comercial is a cupping need and a commercial-area buyer: SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'comercial@cafesdelaladera-prueba.co', jobPosition: 'Gerente Comercial', companyName: 'Cafés de la Ladera', industry: 'Café especial', location: 'Manizales, Colombia', companySize: 45, description: 'Necesitamos cotización de catación con perfil de taza para 30 microlotes de la hoja de oferta de este mes.' },
      COFFEE_LAB,
    );
    expect(result.fit.reasons.some((r) => r.startsWith('+ need matches'))).toBe(true);
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
  });

  it('es: "necesito saber hoy qué humedad tienen" dates the need today: CRITICAL, P1', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'gerencia@coopcafenorte-prueba.co', jobPosition: 'Director Ejecutivo', companyName: 'Cooperativa Café del Norte', industry: 'Coffee cooperatives', location: 'Jericó, Colombia', companySize: 120, description: 'Se nos mojaron 200 sacos de pergamino con la lluvia de anoche. Necesito saber hoy qué humedad tienen para decidir si los volvemos a secar.' },
      COFFEE_LAB,
    );
    expect(result.urgency.level).toBe('CRITICAL');
    expect(result.priority).toBe('P1');
  });

  it('en: a proposal "once the shutdown wraps up" dates the work after a planned stop, no incident: HIGH, P2', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'fleet@redrangeiron-test.com.au', jobPosition: 'Fleet Maintenance Superintendent', companyName: 'Red Range Iron', industry: 'Iron ore', location: 'Newman, WA, Australia', companySize: 900, description: "We're after a proposal for a tyre rotation program on 20 haul trucks, starting in the next few weeks once the shutdown wraps up." },
      MINING_TYRES,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.priority).toBe('P2');
  });

  it('en: "not urgent, but could someone ring me" asks for a call: HIGH, SQL P2', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'plant@spinifexcontracting-test.com.au', jobPosition: 'Mobile Plant Manager', companyName: 'Spinifex Contracting', industry: 'Mining contractor', location: 'Leonora, WA, Australia', companySize: 260, description: 'Not urgent - but could someone ring me about tyre rotations for our loaders?' },
      MINING_TYRES,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });

  it('en: "give us a bell" asks for a call: HIGH, SQL', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Test', email: 'maintenance@goldfieldsbasin-test.com.au', jobPosition: 'Maintenance Manager', companyName: 'Goldfields Basin Mining', industry: 'Mining', location: 'Kalgoorlie, WA, Australia', companySize: 250, description: 'Our haul trucks are chewing through tyres faster than at the last pit. We want someone to tell us why. Give us a bell.' },
      MINING_TYRES,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
  });
});
