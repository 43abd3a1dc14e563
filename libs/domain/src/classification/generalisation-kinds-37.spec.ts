// Round 37, from holdout58's first run (0.930 stage with this session's earlier changes, 0.912 at its start; lists and
// model unseen): urgency for something the writer asks us to find someone else for ("si conocen alguno", "se conhecerem
// algum", "if you know of anyone") is another matter's; "mais à frente", "pensar con calma" put the need off; "¿pueden
// mandar a alguien ya?" is now; a stop or water coming in told in other words ("la línea quieta", "la fechadora se
// varó", "cala el agua al almacén") is an incident; "ponemos a su disposición operarios" is a vendor's offer.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const CODERS: CompanyProfile = {
  companyName: 'Codifica Andina',
  shortDescription: 'Codificadores inkjet y láser para líneas de empaque, con servicio técnico.',
  mainServices: ['Codificadores inkjet y láser para fechas y lotes en empaques', 'Servicio técnico y mantenimiento de codificadores', 'Aplicadores de etiquetas'],
  targetAudience: 'Plantas de alimentos, bebidas y farmacéuticas en Colombia con 50 empleados o más.',
  targetIndustries: ['Food and beverage', 'Pharmaceutical', 'Manufacturing'],
  targetCountries: ['Colombia'],
  buyerAreas: ['producción', 'mantenimiento', 'compras'],
};
const plantLead = (description: string): LeadInput => ({
  fullName: 'Andrés Gil', email: 'agil@panificadoradelvalle.com.co', jobPosition: 'Jefe de Planta', companyName: 'Panificadora del Valle', industry: 'Alimentos',
  location: 'Cali, Colombia', companySize: 210, description,
});
const read = (description: string) => classifyWithRules(plantLead(description), CODERS);

it.each([
  ['es', 'Urgente: buscamos proveedor de cajas de cartón para esta semana, si conocen alguno. Aparte, a futuro, quisiera información de codificadores.', 'LOW'],
  ['pt', 'URGENTE: precisamos de um fornecedor de paletes para amanhã, se conhecerem algum agradeço. Quanto aos codificadores, é um tema para pensarmos com calma mais à frente.', 'LOW'],
  ['en', 'We urgently need a forklift rental this week, if you know of anyone. Coders are something to think about at some point.', 'LOW'],
])('%s: urgency for something they ask us to find elsewhere is not ours: "%s" -> %s', (_lang, description, level) => {
  expect(read(description).urgency.level).toBe(level);
});

it.each([
  ['es', 'la fechadora se varó y no está marcando el lote en las bolsas, tenemos la línea quieta. ¿pueden mandar un técnico ya??'],
  ['es', 'desde esta mañana cala el agua al almacén y se nos están mojando los palés. ¿pueden mandar a alguien ya?'],
])('%s: a stop told in other words is an incident now: "%s"', (_lang, description) => {
  expect(read(description).urgency.level).toBe('CRITICAL');
});

it('reads "ponemos a su disposición operarios" as a vendor offering, not a buyer', () => {
  const result = read('Ponemos a su disposición operarios con formación en mantenimiento de codificadores, con alta en 24 horas.');
  expect(result.intent?.kind).toBe('VENDOR_PITCH');
  expect(result.stage).toBe('DISQUALIFIED');
});
