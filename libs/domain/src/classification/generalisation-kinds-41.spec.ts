// Round 41, from holdout62's first run (0.961 stage with this session's earlier rounds, 0.944 at its start; lists and
// model unseen): a call asked in other words ("marcar uma chamada", "que nos llaméis", "¿podemos platicar?") and an offer
// they would like to receive are near-term intent; what follows "que si no" / "otherwise" is a risk they imagine, not an
// incident now; "our house hot sauce" is a house brand, not a private person's home.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const SUBSTATIONS: CompanyProfile = {
  companyName: 'Alta Tensión Levante',
  shortDescription: 'Mantenimiento de centros de transformación y subestaciones de cliente en España.',
  mainServices: ['Mantenimiento preventivo y correctivo de centros de transformación y subestaciones', 'Inspecciones reglamentarias periódicas de alta tensión', 'Termografía y ensayos de transformadores'],
  targetAudience: 'Industrias, hospitales y hoteles en España y Portugal con 50 empleados o más.',
  targetIndustries: ['Manufacturing', 'Healthcare', 'Hospitality'],
  targetCountries: ['Spain', 'Portugal'],
  buyerAreas: ['mantenimiento', 'servicios técnicos'],
};
const siteLead = (description: string, lead: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Elena Ferrús', email: 'eferrus@hotelmarenostrum.es', jobPosition: 'Directora Técnica', companyName: 'Hotel Mare Nostrum', industry: 'Hoteles',
  location: 'Alicante, España', companySize: 180, description, ...lead,
});
const read = (description: string, lead: Partial<LeadInput> = {}) => classifyWithRules(siteLead(description, lead), SUBSTATIONS);

it.each([
  ['es', 'El técnico que nos revisaba el centro de transformación se ha jubilado. Nos interesa que nos llaméis para hablar del mantenimiento.'],
  ['es', 'No corre prisa, pero nos gustaría recibir oferta para la termografía anual de los transformadores.'],
  ['pt', 'Temos dois postos de transformação na fábrica e o eletricista reformou-se. Podemos marcar uma chamada para falar do âmbito?'],
])('%s: a call or an offer asked in other words is near-term intent (HIGH): "%s"', (_lang, description) => {
  const result = read(description);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it('es: what follows "que si no" is a risk they imagine ("que si no Industria nos multa"), so a price request stays HIGH', () => {
  const result = read('Necesitamos a alguien que nos haga la inspección periódica del centro de transformación, que si no Industria nos multa. ¿Nos dais precio?');
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

const COPACKER: CompanyProfile = {
  companyName: 'Maquila Alimentaria del Bajío',
  shortDescription: 'Maquila de alimentos: salsas, aderezos y botanas con marca propia del cliente.',
  mainServices: ['Maquila de salsas y aderezos en sachet, botella y galón', 'Desarrollo de producto de marca propia', 'Envasado de botanas en bolsa'],
  targetAudience: 'Cadenas de restaurantes, tiendas y marcas de alimentos en México con 50 empleados o más.',
  targetIndustries: ['Restaurants', 'Retail', 'Food and beverage'],
  targetCountries: ['Mexico'],
  buyerAreas: ['compras', 'desarrollo de producto'],
};

it('es: "¿podemos platicar?" asks for a conversation (HIGH)', () => {
  const lead: LeadInput = { fullName: 'Rebeca Salinas', email: 'rsalinas@tiendaselsol.mx', jobPosition: 'Directora de Compras', companyName: 'Tiendas El Sol', industry: 'Tiendas de conveniencia', location: 'Monterrey, México', companySize: 1100, description: 'Queremos sacar salsas con nuestra marca para las tiendas y no sabemos por dónde empezar. ¿Podemos platicar?' };
  expect(classifyWithRules(lead, COPACKER).urgency.level).toBe('HIGH');
});

it('en: "our house hot sauce" from a named restaurant chain is a buyer, not a private person', () => {
  const lead: LeadInput = { fullName: 'Mark Ellison', email: 'mark.ellison@cantinagrillgroup.com', jobPosition: 'Head of Supply Chain', companyName: 'Cantina Grill Group', industry: 'Restaurant chain', location: 'Guadalajara, Mexico', companySize: 2000, description: 'Hi, we need a quote for co-packing our house hot sauce in 5 g sachets for our 140 locations in Mexico.' };
  const result = classifyWithRules(lead, COPACKER);
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('SQL');
});
