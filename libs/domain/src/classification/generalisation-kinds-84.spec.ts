// Round 84, from holdout131's first run (0.958 stage with rounds 77-83 unseen): a franchisor's own "franquiciatarios"
// are its network, not partners it recruits (only "buscamos franquiciatarios", "ser franquiciatario" recruit); "ando con
// urgencia por la auditoría…, así que contéstenme la próxima semana" asks a reply later, not our service this week.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const BAKERY_CONSULTING: CompanyProfile = {
  companyName: 'Panitec',
  shortDescription: 'Asesoría técnica en panificación para cadenas de panaderías y franquicias de alimentos.',
  mainServices: ['Estandarización de recetas entre sucursales', 'Capacitación de panaderos', 'Reformulación y vida de anaquel', 'Arranque de panificadoras centrales'],
  targetAudience: 'Cadenas de panaderías, tortillerías y franquicias de alimentos en México con 50 empleados o más.',
  targetIndustries: ['Panadería', 'Franquicias de alimentos', 'Cafeterías'],
  targetCountries: ['Mexico'],
  buyerAreas: ['operaciones', 'producción', 'franquicias'],
};

const chain = (description: string, extra: Record<string, unknown> = {}) => ({
  fullName: 'Gabriela Tapia', email: 'gtapia@cafesdelnorte.com.mx', jobPosition: 'Gerente de Operaciones', companyName: 'Franquicias Cafés del Norte', industry: 'Franquicias de alimentos', location: 'Hermosillo, Son.', companySize: 120, description, ...extra,
});

it('es-MX: a franchisor\'s own "franquiciatarios" are its network, not partners: evaluating is MEDIUM, MQL', () => {
  const result = classifyWithRules(chain('El pan sale distinto en cada sucursal y algunos franquiciatarios se quejan. Evaluamos opciones para estandarizar este año.'), BAKERY_CONSULTING);
  expect(result.intent?.kind).toBe('BUYER');
  expect(result.stage).toBe('MQL');
});

it('es-MX: "buscamos franquiciatarios" still recruits: DISQUALIFIED', () => {
  const result = classifyWithRules(chain('Buscamos franquiciatarios para nuestra marca de panes en Sonora, ¿les interesa?', { jobPosition: 'Director de Expansión' }), BAKERY_CONSULTING);
  expect(result.stage).toBe('DISQUALIFIED');
});

it('es-MX: "ando con urgencia por la auditoría…, contéstenme la próxima semana… sin prisa" asks nothing now: NURTURE', () => {
  const result = classifyWithRules(
    chain('Ando con urgencia por la auditoría del IMSS que tenemos mañana, así que contéstenme la próxima semana por favor. Lo que quiero es ver lo de capacitar a los panaderos nuevos, sin prisa.', { jobPosition: 'Director de Operaciones' }),
    BAKERY_CONSULTING,
  );
  expect(result.stage).toBe('NURTURE');
});
