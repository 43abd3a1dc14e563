// What the seller says it does in its one-line description is what it is about: a word of that line that one of its
// services names identifies the service alone, even in the service's detail; a word that only says what is done
// ("mantenimiento", "inspección") never does.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const LIGHTNING: CompanyProfile = {
  companyName: 'Raio Seguro',
  shortDescription: 'Proteção contra descargas atmosféricas: para-raios, redes de terra e descarregadores.',
  mainServices: ['Projeto de sistemas de proteção contra descargas atmosféricas', 'Inspeção e verificação periódica de para-raios e terras, com relatório', 'Medição da resistência de terra'],
  targetAudience: 'Indústrias e edifícios em Portugal com 50 trabalhadores ou mais.',
  targetCountries: ['Portugal'],
};
const lead = (description: string): LeadInput => ({
  fullName: 'Rui Matos', email: 'rmatos@fabrica.pt', jobPosition: 'Diretor de Manutenção', companyName: 'Fábrica Matos', industry: 'Indústria', location: 'Braga, Portugal', companySize: 120, description,
});
const servicesOf = (description: string, profile = LIGHTNING) => classifyWithRules(lead(description), profile).matchedServices;

it.each([
  ['pt', 'Quanto custa pôr um para-raios no armazém novo?'],
  ['pt', 'Vocês fazem para-raios? O nosso armazém não tem nenhum.'],
])('%s: a word of the seller\'s own line, named by one service, asks for that service alone: "%s"', (_lang, description) => {
  expect(servicesOf(description)).toContain('Inspeção e verificação periódica de para-raios e terras, com relatório');
});

it('does not let a word that only says what is done ("manutenção") identify a service, even when the seller\'s line has it', () => {
  const upkeep: CompanyProfile = { ...LIGHTNING, shortDescription: 'Manutenção de para-raios e redes de terra.', mainServices: ['Redes de terra: execução, melhoria e manutenção', 'Para-raios'] };
  expect(servicesOf('Precisamos de manutenção do ar condicionado da loja.', upkeep)).toEqual([]);
  expect(servicesOf('Precisamos de manutenção das redes de terra.', upkeep)).toEqual(['Redes de terra']);
});
