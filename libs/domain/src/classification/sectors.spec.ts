// A lead's industry against the seller's target industries, part of a sector by part: the same broad sector is not a
// target industry when the seller names a part of it (a dental practice is health, but not a hospital; a clothing shop
// is retail, but not a shopping mall), and a sector named as a whole ("Salud", "Manufacturing") meets any part of it.
import { classifyWithRules } from './classify-with-rules';
import { sectorsOf } from './sectors';
import type { CompanyProfile } from './types';

const seller = (targetIndustries: string[], excludedIndustries: string[] = []): CompanyProfile => ({
  companyName: 'Aire Limpio',
  shortDescription: 'Certificación de cuartos limpios y cabinas de flujo laminar.',
  mainServices: ['Certificación de cuartos limpios', 'Certificación de cabinas de flujo laminar'],
  targetAudience: 'Empresas de 50 empleados o más en México.',
  targetIndustries,
  excludedIndustries,
  targetCountries: ['Mexico'],
});
const industryReason = (industry: string, profile: CompanyProfile) =>
  classifyWithRules(
    { fullName: 'Ana Ruiz', email: 'ana@empresa.com.mx', jobPosition: 'Gerente de Calidad', industry, companySize: 200, location: 'Monterrey, México', description: 'Necesitamos certificar el cuarto limpio este mes, ¿nos cotizan?' },
    profile,
  ).fit.reasons[0];

describe('target industries, part of a sector by part', () => {
  const HOSPITALS_AND_PHARMA = seller(['Hospitals', 'Pharmaceutical', 'Electronics manufacturing']);

  it.each([
    ['es', 'Clínica dental'],
    ['pt', 'Odontologia'],
    ['en', 'Veterinary clinic'],
    ['en', 'Cosmetics'],
    ['es', 'Fábrica de muebles'],
    ['pt', 'Indústria de cosméticos'],
  ])('%s: "%s" shares a sector with a target but is another kind of company: not a target industry', (_lang, industry) => {
    expect(industryReason(industry, HOSPITALS_AND_PHARMA)).toMatch(/^- not a target industry/);
  });

  it.each([
    ['es', 'Hospital privado'],
    ['pt', 'Hospitais'],
    ['es', 'Laboratorio farmacéutico'],
    ['en', 'Electronics'],
    ['es', 'Salud'],
    ['pt', 'Indústria'],
  ])('%s: "%s" is the part the seller names, or names the sector as a whole: a target industry', (_lang, industry) => {
    expect(industryReason(industry, HOSPITALS_AND_PHARMA)).toMatch(/^\+ target industry/);
  });

  it('takes any part of a sector the seller names as a whole', () => {
    const anyHealth = seller(['Salud', 'Manufacturing']);
    for (const industry of ['Clínica dental', 'Hogar de ancianos', 'Cosmetics', 'Fábrica de muebles', 'Autopartes']) expect(industryReason(industry, anyHealth)).toMatch(/^\+ target industry/);
  });

  // Authors of the labelled sets read these trades as their own, outside a target named more broadly: a vet clinic
  // is not human health, a landscaper not a construction company, an architect's studio a professional service, a
  // car dealership ("agencia automotriz") a shop, not the car industry.
  it.each([
    ['pt', 'Veterinária', ['Salud']],
    ['en', 'Veterinary clinic', ['Healthcare']],
    ['es', 'Jardinería', ['Construcción']],
    ['en', 'Landscaping', ['Construction']],
    ['pt', 'Arquitetura', ['Construção civil']],
    ['es', 'Agencia automotriz', ['Manufactura']],
  ])('%s: "%s" is not in a target named as %j', (_lang, industry, targets) => {
    expect(industryReason(industry, seller(targets))).toMatch(/^- not a target industry/);
  });

  it('still meets a seller that names the trade itself ("Veterinarias", "Paisajismo", "Arquitectura", "Concesionarias")', () => {
    expect(industryReason('Clínica veterinaria', seller(['Veterinarias']))).toMatch(/^\+ target industry/);
    expect(industryReason('Jardinería', seller(['Paisajismo']))).toMatch(/^\+ target industry/);
    expect(industryReason('Arquitetura', seller(['Arquitectura']))).toMatch(/^\+ target industry/);
    expect(industryReason('Agencia automotriz', seller(['Car dealerships']))).toMatch(/^\+ target industry/);
  });

  it('excludes by the same reading: a seller excluding hospitals still takes a dental practice', () => {
    const noHospitals = seller([], ['Hospitals']);
    expect(industryReason('Hospital general', noHospitals)).toMatch(/is excluded by the seller/);
    expect(industryReason('Clínica dental', noHospitals)).not.toMatch(/excluded/);
  });

  it('reads a term that names both the whole sector and a part of it (same stems) as the whole', () => {
    // "usina" (a plant) and "usinagem" (machining) stem alike: the text names manufacturing, not machining.
    expect([...sectorsOf('Usina').parts.get('manufacturing')!]).toEqual([]);
    expect([...sectorsOf('Clínica dental').parts.get('health')!]).toEqual(['dental']);
  });
});

describe('target industries written as lists, and kinds of company named in other words', () => {
  it('reads each piece of a target written as a list: "Logistics / warehouses" takes any logistics company', () => {
    const listed = seller(['Logistics / warehouses']);
    expect(industryReason('Logística last mile', listed)).toMatch(/^\+ target industry/);
    expect(industryReason('Armazéns gerais', listed)).toMatch(/^\+ target industry/);
  });

  it.each([
    ['Condominiums', 'Condomínio residencial'],
    ['Grain storage', 'Armazenagem de grãos'],
    ['Sugar and ethanol', 'Azúcar y alcohol'],
    ['Parking', 'Gestão de parques de estacionamento'],
    ['Commercial real estate', 'Alquiler de oficinas'],
    ['Oil and gas', 'Serviços petrolíferos'],
  ])('a seller targeting "%s" takes a lead in "%s"', (target, industry) => {
    expect(industryReason(industry, seller([target]))).toMatch(/^\+ target industry/);
  });
});
