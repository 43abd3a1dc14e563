// Round 55, from the industries the labelled sets' authors judged in the seller's target while the thesaurus did not:
// a lead names its trade in its own language and words ("Concesión vial" for a seller of "Road concessions",
// "Lacticínios" for "Dairy", "Oficinas corporativas" for "Corporate offices", "Egg production" for "Poultry farming",
// "Farmacia magistral" for "Pharmaceutical"). "Industrial parks" had been read as manufacturing and parking (the stem
// "park"); "beverages" only as manufacturing, so a beverage maker missed a seller of "Food and beverage". Measured on
// all labelled leads: 22 fixed, none broken (a bare "Gráfica" stays out: a print shop is no manufacturer to the authors).
import { DEFAULT_POLICY } from '../policy/policy';
import { classifyWithRules } from './classify-with-rules';
import { sectorsMeeting, sectorsOf } from './sectors';
import { sellerProfileOf } from './seller-profile';
import type { CompanyProfile, LeadInput } from './types';

/** Whether a lead's stated industry meets one of the seller's target industries (the thesaurus alone). */
const meets = (industry: string, targets: string[]) => {
  const seller = sellerProfileOf({ companyName: 'S', targetIndustries: targets } as CompanyProfile, DEFAULT_POLICY);
  return sectorsMeeting(sectorsOf(industry), seller.targetSectors).length > 0;
};

it.each([
  ['es', 'Concesión vial', ['Road concessions', 'Ports']],
  ['pt', 'Concessionária de rodovias', ['Motorway concessions']],
  ['pt', 'Lacticínios', ['Dairy', 'Beverages']],
  ['es', 'Oficinas corporativas (logística)', ['Corporate offices', 'Hotels']],
  ['pt', 'Escritório corporativo', ['Corporate offices']],
  ['en', 'Egg production', ['Poultry farming', 'Pig farming']],
  ['es', 'Cría y recría bovina', ['Livestock', 'Feedlots']],
  ['pt', 'Estampagem metálica', ['Metalworking', 'Plastics']],
  ['es', 'Barnices', ['Paints and coatings']],
  ['en', 'Strawberry farming', ['Fruit and vegetable growing']],
  ['es', 'Vitivinícola / bodega', ['Food processing', 'Mining']],
  ['es', 'Impresión flexográfica de etiquetas', ['Printing', 'Sawmills']],
  ['es', 'Farmacia magistral / preparados estériles', ['Pharmaceutical', 'Medical devices']],
  ['pt', 'Comércio de cereais', ['Grain storage', 'Cement']],
  ['es', 'Panificados', ['Baked goods manufacturing']],
  ['es', 'Parque industrial', ['Industrial parks', 'Hospitals']],
  ['es', 'Residencial costero', ['Coastal real estate development']],
  ['es', 'Gestión del agua', ['Utilities', 'Construction']],
  ['en', 'Grain export terminal', ['Port terminals', 'Shipyards']],
  ['en', 'Multi-specialty physician group', ['Clinic groups', 'Healthcare']],
  ['en', 'Performing arts venue', ['Event venues and nightlife']],
  ['en', 'Beverages (craft cider)', ['Food and beverage']],
])('%s: the industry "%s" is one of %j', (_lang, industry, targets) => {
  expect(meets(industry, targets)).toBe(true);
});

it.each([
  ['en', 'Auto repair shop', ['Industrial parks']],
  ['es', 'Estacionamiento público', ['Industrial parks']],
  ['es', 'Bar y casa de shows', ['Events']],
  ['es', 'Panadería', ['Road concessions']],
])('%s: the industry "%s" is none of %j', (_lang, industry, targets) => {
  expect(meets(industry, targets)).toBe(false);
});

const SURVEY: CompanyProfile = {
  companyName: 'Inspecciones de Puentes',
  shortDescription: 'Inspección de puentes y viaductos para concesionarias viales, mineras y puertos en Chile y Perú.',
  mainServices: ['Inspección de puentes y viaductos (rutinaria, principal y especial) con informe de estado', 'Monitoreo de socavación en pilas y estribos'],
  targetAudience: 'Sociedades concesionarias de obras públicas, autopistas, mineras y puertos en Chile y Perú, con 80 empleados o más.',
  targetIndustries: ['Road concessions', 'Public works concessions', 'Mining', 'Ports'],
  targetCountries: ['Chile', 'Peru'],
};
const concession = (fields: Partial<LeadInput>): LeadInput => ({
  fullName: 'Paula Ibáñez', email: 'pibanez@rutadelmaule.cl', jobPosition: 'Gerente General', companyName: 'Ruta del Maule S.A.',
  industry: 'Concesión vial', location: 'Talca, Chile',
  description: 'El puente sobre el estero quedó con socavación en una pila después de la crecida. Necesitamos una inspección especial de inmediato.',
  ...fields,
});

it('es: a road concession without a stated size, asking for a bridge inspection now, is a good fit and an SQL', () => {
  const result = classifyWithRules(concession({}), SURVEY);
  expect(result.fit.reasons.join(' ')).toContain('target industry: "Concesión vial"');
  expect(result.stage).toBe('SQL');
});

it('es: the same words from a car workshop stay outside the target industries', () => {
  const result = classifyWithRules(concession({ industry: 'Taller mecánico', companyName: 'Taller El Maule' }), SURVEY);
  expect(result.fit.reasons.join(' ')).toContain('not a target industry');
  expect(result.stage).not.toBe('SQL');
});
