// Round 121, from holdout204's first run (race timing, parking guidance, pet-friendly offices, AED programmes). Each case
// is worded apart from the set's lead it comes from.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const lead = (over: Partial<LeadInput>): LeadInput => ({ fullName: 'Lead Prueba', email: 'contacto@empresa-prueba.com', companySize: 200, ...over });

const PET_OFFICES: CompanyProfile = {
  companyName: 'Good Dog Workplaces',
  shortDescription: 'Pet-friendly workplace programmes.',
  mainServices: ['Pet policy and insurance paperwork', 'Dog-friendly office fit-out with pet relief areas', 'On-site pet care staff during events'],
  targetAudience: 'Tech employers, office landlords and coworking operators in the Pacific Northwest with 20 or more staff.',
  targetIndustries: ['Technology', 'Coworking', 'Office landlords'],
  targetCountries: ['United States'],
  buyerAreas: ['workplace experience', 'facilities'],
};

const RACE_TIMING: CompanyProfile = {
  companyName: 'Crono Cuyo',
  shortDescription: 'Cronometraje de carreras.',
  mainServices: ['Chip timing for running, cycling and trail races', 'Online registration and results', 'Start and finish arches and screens'],
  targetAudience: 'Race organisers, federations and municipalities in Argentina with 15 or more staff.',
  targetIndustries: ['Organización de carreras', 'Federaciones deportivas', 'Municipios'],
  targetCountries: ['Argentina'],
  buyerAreas: ['eventos', 'deportes'],
};

describe('round 121', () => {
  it('en: a "Workplace Manager" runs the buyer area "workplace experience": SQL P1 on a dog bite yesterday and "ASAP"', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Workplace Manager', companyName: 'Tern Analytics', industry: 'Technology', location: 'Bellevue, WA, USA', description: 'Someone got bitten by a dog in our office yesterday and we have no pet policy to speak of. We need one written ASAP.' }), PET_OFFICES);
    expect(result.contactProfile.roleType).toBe('BUSINESS_DECISION_MAKER');
    expect(result.stage).toBe('SQL');
    expect(result.priority).toBe('P1');
  });

  it('es: "tenemos un pack para empresas de cronometraje: ustedes lo suman a su propuesta" pitches to the seller: DISQUALIFIED', () => {
    const result = classifyWithRules(lead({ jobPosition: 'Ejecutiva Comercial', companyName: 'Aire Films', industry: 'Producción audiovisual', location: 'San Rafael, Argentina', companySize: 9, description: 'Hola! Hacemos videos de trails y tenemos un pack para empresas de cronometraje: ustedes lo suman a su propuesta y nosotros filmamos.' }), RACE_TIMING);
    expect(result.stage).toBe('DISQUALIFIED');
  });
});
