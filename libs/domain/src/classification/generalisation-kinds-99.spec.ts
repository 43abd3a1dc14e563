// Round 99: a lead in one language for services written in another. The glossary of word equivalents grew by 553
// groups across trades (courts, veterinary and medical imaging, ports, farms and compost, water and pipes, process
// machinery, publishing, leather, mining, chemicals…), written from no lead, so an English lead asking for "hearings at
// courthouses" meets a Portuguese "Audiências … em fóruns", and Spanish "tomografías y resonancias" an English "CT and
// MRI reading". A word read as another form of the seller's (a diminutive, an English "-al" adjective) meets the
// seller's word through its equivalent too.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const STAND_IN_LAWYERS: CompanyProfile = {
  companyName: 'Rede Correspondente NE',
  shortDescription: 'Rede de advogados correspondentes para escritórios e departamentos jurídicos no Nordeste.',
  mainServices: [
    'Audiências por correspondente: advogados e prepostos credenciados para audiências de conciliação, instrução e trabalhistas em todas as comarcas de PE, PB e RN.',
    'Diligências forenses e cartorárias: protocolo físico de petições, cópia de autos físicos e obtenção de certidões em fóruns e cartórios do interior.',
    'Gestão de pautas de contencioso de massa com integração ao sistema do escritório.',
  ],
  targetAudience: 'Escritórios de advocacia e departamentos jurídicos com 20 funcionários ou mais.',
  targetIndustries: ['Escritório de advocacia', 'Law firm', 'Departamento jurídico'],
  targetCountries: ['Brazil'],
  buyerAreas: ['jurídico', 'contencioso'],
};

const VET_IMAGING: CompanyProfile = {
  companyName: 'North Vet Imaging',
  shortDescription: 'Remote reading of veterinary imaging by specialist radiologists.',
  mainServices: [
    'Radiograph interpretation by board-certified veterinary radiologists: thoracic, abdominal and orthopaedic studies, reports within 24 hours.',
    'CT and MRI reading and protocol support for emergency and referral hospitals.',
    'PACS and workflow integration for groups.',
  ],
  targetAudience: 'Veterinary clinic groups and emergency hospitals in Canada and the US with 30 employees or more.',
  targetIndustries: ['Veterinary clinics', 'Animal hospital'],
  targetCountries: ['Canada', 'United States', 'Mexico'],
  buyerAreas: ['medical director', 'operations'],
};

const lead = (fields: Partial<LeadInput> & Pick<LeadInput, 'description'>): LeadInput => ({ fullName: 'Lead Test', email: 'lead@empresa-teste.com', ...fields });

describe('a lead in one language meets services written in another', () => {
  it('en -> pt: "sit in at settlement hearings at small-town courthouses" asks for the stand-in hearings: SQL', () => {
    const result = classifyWithRules(
      lead({ fullName: 'Dana Whitaker', email: 'dwhitaker@skylinkair.com', jobPosition: 'VP Legal', companyName: 'Skylink Air', industry: 'Law firm', location: 'São Paulo, Brazil', companySize: 5200, description: 'We need people who can sit in for our outside counsel at settlement hearings at small-town courthouses in the North-East. Can we set up a call this week?' }),
      STAND_IN_LAWYERS,
    );
    expect(result.matchedServices).toContain('Audiências por correspondente');
    expect(result.stage).toBe('SQL');
  });

  it('es -> en: "que informe las tomografías y resonancias" asks for the CT and MRI reading', () => {
    const result = classifyWithRules(lead({ description: 'Buscamos un radiólogo veterinario que informe las tomografías y resonancias de nuestros pacientes.' }), VET_IMAGING);
    expect(result.matchedServices).toContain('CT and MRI reading and protocol support for emergency and referral hospitals');
  });

  it('en -> pt: an English "-al" adjective still meets the Portuguese noun that the glossary joins to its English word', () => {
    const CENTRIFUGES: CompanyProfile = { ...STAND_IN_LAWYERS, mainServices: ['Reforma completa de centrífugas de açúcar batelada e contínuas', 'Balanceamento dinâmico em campo'], shortDescription: 'Reforma de centrífugas.' };
    const result = classifyWithRules(lead({ description: 'We have four continuous centrifugals due for refurbishment.' }), CENTRIFUGES);
    expect(result.matchedServices).toEqual(['Reforma completa de centrífugas de açúcar batelada e contínuas']);
  });
});
