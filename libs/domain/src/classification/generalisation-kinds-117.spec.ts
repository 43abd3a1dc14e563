// Round 117, from holdout187 (commercial kitchens): "vamos a abrir 4 restaurantes este año y el primero abre en unas 6
// semanas… necesitamos cotización" dates the ask in weeks, nearer than the year: a quarter-or-year horizon caps urgency
// at MEDIUM only when no nearer date is given (policy.md s3).
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const KITCHENS: CompanyProfile = {
  companyName: 'Cocinas Industriales del Valle S.A.',
  shortDescription: 'Cocinas industriales de acero inoxidable.',
  mainServices: ['Diseño e instalación de cocinas industriales de acero inoxidable, líneas de gas y extracción', 'Mantenimiento preventivo de estufas, hornos y freidoras'],
  targetAudience: 'Cadenas de restaurantes, hoteles y comedores de Guatemala con 40 empleados o más.',
  targetIndustries: ['Cadena de restaurantes', 'Hotelería'],
  targetCountries: ['Guatemala'],
  buyerAreas: ['operaciones', 'compras'],
};

describe('round 117', () => {
  it('es: a year of openings whose first opens "en unas 6 semanas", with a quote asked, is HIGH: SQL P2', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'operaciones@pollosdelvalle-prueba.gt', jobPosition: 'Gerente de Operaciones', companyName: 'Pollos del Valle', industry: 'Cadena de restaurantes', location: 'Ciudad de Guatemala, Guatemala', companySize: 1200, description: 'Vamos a abrir 4 restaurantes nuevos este año y el primero abre en unas 6 semanas en Villa Nueva. Necesitamos cotización de la cocina completa en acero inoxidable.' },
      KITCHENS,
    );
    expect(result.urgency.level).toBe('HIGH');
    expect(result.stage).toBe('SQL');
    expect(result.priority).toBe('P2');
  });

  it('es: the same year of openings, asked in one sentence with no nearer date, stays MEDIUM: MQL (a guard)', () => {
    const result = classifyWithRules(
      { fullName: 'Lead Prueba', email: 'operaciones@pollosdelvalle-prueba.gt', jobPosition: 'Gerente de Operaciones', companyName: 'Pollos del Valle', industry: 'Cadena de restaurantes', location: 'Ciudad de Guatemala, Guatemala', companySize: 1200, description: 'Vamos a abrir 4 restaurantes nuevos este año y necesitamos cotización de la cocina completa en acero inoxidable.' },
      KITCHENS,
    );
    expect(result.urgency.level).toBe('MEDIUM');
    expect(result.stage).toBe('MQL');
  });
});
