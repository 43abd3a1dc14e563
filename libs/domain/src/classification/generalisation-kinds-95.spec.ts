// Round 95, from the first runs of holdout150 (0.964 stage) and holdout151 (0.935): "el rendimiento se nos cayó" is a
// decline, not an outage; "ya la tuvimos que apagar" is a stoppage now; "janelas de emergência" are a part of a bus;
// Argentine voseo asks for prices ("mandame info y costos", "¿nos pasás precios?") and visits ("¿se pueden dar una
// vuelta?"); "¿ustedes hacen el servicio…?" asks to buy (not "¿qué precio manejan?" alone: a firm of the seller's own
// trade asks that to compare, generalisation-kinds-28).
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const COPPER_STILLS: CompanyProfile = {
  companyName: 'Alambiques Tapatíos',
  shortDescription: 'Reparación y mantenimiento de alambiques de cobre para destilerías.',
  mainServices: ['Reparación y mantenimiento de alambiques y columnas de cobre', 'Fabricación de alambiques, capiteles y serpentines', 'Diagnóstico de rendimiento y consumo de vapor en destilación', 'Capacitación de maestros destiladores en cortes'],
  targetAudience: 'Destilerías de tequila, mezcal y ron en México con 40 empleados o más.',
  targetIndustries: ['Tequila', 'Mezcal', 'Raicilla', 'Ron', 'Destilería'],
  targetCountries: ['Mexico'],
  buyerAreas: ['fábrica', 'destilación', 'producción'],
};

const RIDING_ARENAS: CompanyProfile = {
  companyName: 'Arenas Ecuestres del Centro',
  shortDescription: 'Pistas ecuestres: construcción, mantenimiento y ensayos de suelo.',
  mainServices: ['Construcción de pistas ecuestres de salto y adiestramiento', 'Mantenimiento programado de pistas con equipo propio', 'Ensayos de firmeza y humedad de la pista', 'Pistas de carrera de hipódromos'],
  targetAudience: 'Clubes hípicos, hipódromos y haras en Argentina y Uruguay con 20 empleados o más.',
  targetIndustries: ['Club hípico', 'Hipódromo', 'Centro ecuestre', 'Haras'],
  targetCountries: ['Argentina', 'Uruguay'],
  buyerAreas: ['operaciones', 'pistas', 'dirección deportiva'],
};

const BUS_APPROVALS: CompanyProfile = {
  companyName: 'Homologa Serra',
  shortDescription: 'Homologação de veículos para encarroçadoras.',
  mainServices: ['Homologação de modelos (CAT) junto à SENATRAN', 'Cálculos de capotamento e ancoragem de bancos', 'Ensaios de pesagem por eixo e de rampa', 'Conformidade de acessibilidade e segurança em ônibus urbanos'],
  targetAudience: 'Encarroçadoras de ônibus e caminhões no Brasil com 30 funcionários ou mais.',
  targetIndustries: ['Carrocerias de ônibus', 'Implementos rodoviários'],
  targetCountries: ['Brazil'],
  buyerAreas: ['engenharia', 'qualidade'],
};

const SEWER_RELINING: CompanyProfile = {
  companyName: 'Encamisados del Oriente',
  shortDescription: 'Inspección con cámara y rehabilitación sin zanja de alcantarillado.',
  mainServices: ['Inspección de colectores con cámara CCTV', 'Rehabilitación sin zanja por encamisado curado en sitio', 'Rehabilitación de cámaras de inspección', 'Reparaciones puntuales desde el interior'],
  targetAudience: 'Cooperativas de agua y empresas municipales en Bolivia con 60 empleados o más.',
  targetIndustries: ['Agua potable y alcantarillado', 'Cooperativa de agua'],
  targetCountries: ['Bolivia'],
  buyerAreas: ['operaciones', 'redes'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'lead@empresa-teste.com', ...fields });

describe('a decline and a stoppage', () => {
  it('es: "el rendimiento se nos cayó desde que cambiamos de caldera", revisando opciones, is no outage: MEDIUM, MQL P3', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Gustavo Arellano', email: 'garellano@tequilalacumbre.mx', jobPosition: 'Gerente de Fábrica', companyName: 'Tequilera La Cumbre', industry: 'Tequila', location: 'Arandas, Jalisco', companySize: 110, description: 'Estamos revisando opciones para medir cuánto vapor gastamos por litro destilado. El rendimiento se nos cayó desde que cambiamos de caldera.' }),
      COPPER_STILLS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect([result.stage, result.priority]).toEqual(['MQL', 'P3']);
  });

  it('es: "ya la tuvimos que apagar. ¿Cuándo pueden venir?" is a stoppage now: CRITICAL, SQL P1', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Baltazar Méndez', email: 'baltazar@palenquesantacatarina.com', jobPosition: 'Dueño', companyName: 'Palenque Santa Catarina', industry: 'Mezcal', location: 'Santa Catarina Minas, Oaxaca', companySize: 45, description: 'La olla no sella con el capitel y se escapa el vapor en cada quema. Ya la tuvimos que apagar. ¿Cuándo pueden venir?' }),
      COPPER_STILLS,
    );
    expect(result.urgency.level).toBe('CRITICAL');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P1']);
  });

  it('pt: "as janelas de emergência" are a part of the bus, not an emergency: a visit asked is HIGH, SQL P2', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Márcia Spier', email: 'marcia@serragaucha.ind.br', jobPosition: 'Gerente de Qualidade', companyName: 'Serra Gaúcha Carrocerias', industry: 'Carrocerias de ônibus', location: 'Caxias do Sul, Brasil', companySize: 540, description: 'A montadora pediu que a gente revise as janelas de emergência e a sinalização interna do urbano conforme a norma. Gostaria de agendar uma visita técnica de vocês na fábrica.' }),
      BUS_APPROVALS,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
  });
});

describe('Argentine voseo asks', () => {
  it.each([
    ['"mandame info y costos"', 'La pista de adiestramiento está blanda en un sector y dura en otro. Queremos medirla con un ensayo serio. Mandame info y costos, porfa.'],
    ['"¿nos pasás los precios?"', 'La pista de adiestramiento está blanda en un sector y dura en otro. Queremos medirla con un ensayo serio. ¿Nos pasás los precios?'],
    ['"¿se pueden dar una vuelta?"', 'Los caballos se entierran en un sector de la pista y en la otra punta es como pisar cemento. ¿Se pueden dar una vuelta y decirnos qué hacer?'],
  ])('es: %s from a decision maker is HIGH: SQL P2', (_name, description) => {
    const result = classifyWithRules(
      lead({ fullName: 'Mariana Echeverría', email: 'mecheverria@clubhipicolaslomas.com.ar', jobPosition: 'Directora Deportiva', companyName: 'Club Hípico Las Lomas', industry: 'Club hípico', location: 'Unquillo, Córdoba, Argentina', companySize: 55, description }),
      RIDING_ARENAS,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect([result.stage, result.priority]).toEqual(['SQL', 'P2']);
  });
});

it('es: a plumber asking "¿ustedes hacen el servicio…? ¿qué precio manejan?" asks to buy: not a partner, NURTURE (a small business)', () => {
  const result = classifyWithRules(
    lead({ fullName: 'Ariel Suárez', email: 'destapesrapidos.scz@gmail.com', jobPosition: 'Dueño', companyName: 'Destapes Rápidos', industry: 'Plomería', location: 'Santa Cruz de la Sierra, Bolivia', companySize: 4, description: 'Buenas, tengo una empresita de destapes y a veces los clientes me piden ver con cámara adentro del caño. ¿Ustedes hacen el servicio de inspección con cámara? ¿Qué precio manejan?' }),
    SEWER_RELINING,
  );
  expect(result.intent.kind).toBe('BUYER');
  expect(result.stage).toBe('NURTURE');
});
