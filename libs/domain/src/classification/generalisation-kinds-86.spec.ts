// Round 86, from the first runs of holdout134 (0.952 stage) and holdout135 (0.964): "solicito precios de…" asks for
// prices; a parenthesised aside inside what "avaliando se…" weighs does not close it ("reformar a calandra antiga (mais de
// 15 anos) ou comprar uma nova" weighs the purchase); "can somebody come have a look?" asks for a visit; Caribbean
// "queremos un estimado" asks for a quote; "tenerlos en cuenta desde ahorita" is from now on, not urgency; a state code
// that ends the address ("San Francisco del Rincón, Gto.") names the country before a city its first words look like.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile, LeadInput } from './types';

const SITE_SANITATION: CompanyProfile = {
  companyName: 'Sanitarios de Altura del Sur',
  shortDescription: 'Baños químicos portátiles y módulos sanitarios para contratistas mineros del sur del Perú.',
  mainServices: ['Alquiler de baños químicos portátiles con limpieza en el frente de trabajo', 'Módulos de duchas y lavamanos para campamentos', 'Succión de aguas residuales y pozos sépticos', 'Gestión del servicio sanitario en frentes remotos'],
  targetAudience: 'Contratistas mineros del Perú con 30 trabajadores o más.',
  targetIndustries: ['Minería', 'Contratista minero', 'Perforación'],
  targetCountries: ['Peru'],
  buyerAreas: ['logística', 'operaciones', 'SSOMA'],
};

const LAUNDRY_EQUIPMENT: CompanyProfile = {
  companyName: 'Calandras Minas',
  shortDescription: 'Manutenção e retrofit de equipamentos de lavanderia hospitalar.',
  mainServices: ['Manutenção preventiva e corretiva de lavadoras, secadoras e calandras', 'Reforma e retrofit de equipamentos', 'Atendimento emergencial', 'Documentação para a vigilância sanitária'],
  targetAudience: 'Hospitais privados no Brasil com 100 funcionários ou mais.',
  targetIndustries: ['Hospital', 'Saúde', 'Hospitais'],
  targetCountries: ['Brazil'],
  buyerAreas: ['hotelaria', 'manutenção', 'administrativo'],
};

const PLAYGROUNDS: CompanyProfile = {
  companyName: 'SafePlay Canada',
  shortDescription: 'Playground inspections, repairs and surfacing for municipalities and school boards.',
  mainServices: ['CSA playground inspections', 'Playground repair and parts replacement', 'Protective surfacing top-up and impact testing', 'Playground asset records'],
  targetAudience: 'Municipalities, school boards and housing providers in Canada with 50 employees or more.',
  targetIndustries: ['Local government', 'Municipality', 'School board', 'Social housing'],
  targetCountries: ['Canada'],
  buyerAreas: ['parks', 'recreation', 'facilities'],
};

const RUNWAYS: CompanyProfile = {
  companyName: 'Pistas del Caribe',
  shortDescription: 'Remoción de caucho, medición de fricción y demarcación de pistas para aeropuertos del Caribe.',
  mainServices: ['Remoción de caucho en pistas', 'Medición de fricción', 'Demarcación de pistas y plataformas', 'Sellado de grietas del pavimento'],
  targetAudience: 'Aeropuertos, aeródromos y FBO del Caribe con 30 empleados o más.',
  targetIndustries: ['Aeropuertos', 'Aeródromos', 'Aviación'],
  targetCountries: ['Dominican Republic', 'Puerto Rico'],
  buyerAreas: ['operaciones', 'mantenimiento'],
};

const FOOTWEAR_LAB: CompanyProfile = {
  companyName: 'Laboratorio del Calzado',
  shortDescription: 'Pruebas físicas y de seguridad para fábricas de calzado en México.',
  mainServices: ['Pruebas físico-mecánicas de calzado: desgaste, flexión, adherencia de suela y antideslizamiento', 'Pruebas de calzado de seguridad', 'Pruebas químicas para exportación', 'Control de materiales de proveedores'],
  targetAudience: 'Fábricas de calzado, curtidurías y fabricantes de suelas en México con 30 empleados o más.',
  targetIndustries: ['Calzado', 'Fabricación de calzado', 'Curtiduría'],
  targetCountries: ['Mexico'],
  buyerAreas: ['calidad', 'producción'],
};

const contractor = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Katherine Flores', email: 'kflores@perforacionesaltiplano.com.pe', jobPosition: 'Jefe de Logística', companyName: 'Perforaciones Altiplano', industry: 'Perforación', location: 'Puno, Perú', companySize: 160, description, ...extra,
});

it.each([
  ['es', 'Buenas tardes, solicito precios de alquiler mensual de 8 baños y 2 lavamanos para el frente de Ananea.'],
  ['es', 'Solicitamos precios por unidad para baños químicos con limpieza semanal en nuestro campamento.'],
])('%s: "solicito precios…" asks for prices: HIGH, SQL/P2', (_lang, description) => {
  const result = classifyWithRules(contractor(description), SITE_SANITATION);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['pt', 'Estamos avaliando se compensa reformar nossa calandra antiga (mais de 15 anos de uso) ou comprar uma nova. Gostaria de entender as opções.'],
  ['es', 'Estamos evaluando si conviene reparar la secadora vieja (tiene más de diez años) o comprar una nueva; queremos entender opciones.'],
  ['en', 'We are deciding whether to rebuild our old ironer (bought back in 2009, still running) or buy a new one.'],
])('%s: a parenthesised aside inside what "whether" weighs does not make the purchase an ask: MEDIUM, MQL', (_lang, description) => {
  const result = classifyWithRules(
    { fullName: 'Sérgio Vasconcelos', email: 'sergio@hospitalvale.com.br', jobPosition: 'Diretor Administrativo', companyName: 'Hospital do Vale', industry: 'Saúde', location: 'Ipatinga, MG', companySize: 410, description },
    LAUNDRY_EQUIPMENT,
  );
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('pt: a purchase asked for after the aside has closed its clause is still an ask: HIGH', () => {
  const result = classifyWithRules(
    { fullName: 'Sérgio Vasconcelos', email: 'sergio@hospitalvale.com.br', jobPosition: 'Diretor Administrativo', companyName: 'Hospital do Vale', industry: 'Saúde', location: 'Ipatinga, MG', companySize: 410, description: 'Estamos avaliando se compensa reformar a calandra antiga (mais de 15 anos). Já decidimos: queremos comprar o retrofit, mandem orçamento.' },
    LAUNDRY_EQUIPMENT,
  );
  expect(result.urgency.level).toBe('HIGH');
});

it.each([
  ['en', 'The wood chips under the big climber at Centennial Park are worn down to the dirt and two swing hooks look chewed up. Can somebody come have a look?'],
  ['en', 'Some of the rubber tiles at the Elm Street tot lot have lifted. Could someone come and have a look at them?'],
])('%s: "can somebody come have a look?" asks for a visit: HIGH, SQL/P2', (_lang, description) => {
  const result = classifyWithRules(
    { fullName: 'Bree Thompson', email: 'bthompson@cedarvalley.ca', jobPosition: 'Recreation Manager', companyName: 'Township of Cedar Valley', industry: 'Local government', location: 'Cedar Valley, Canada', companySize: 85, description },
    PLAYGROUNDS,
  );
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});

it.each([
  ['es-DO', 'Saludos, queremos un estimado para quitar el caucho de la pista de 2,200 m; las cabeceras ya se ven negras.'],
  ['es-PR', 'Necesitamos un estimado de costo para medir la fricción en nuestra pista antes de la temporada.'],
])('%s: "queremos un estimado" asks for a quote: HIGH', (_lang, description) => {
  const result = classifyWithRules(
    { fullName: 'Carmen Santana', email: 'operaciones@aerodromoalmendros.com.do', jobPosition: 'Gerente de Operaciones', companyName: 'Aeródromo Los Almendros', industry: 'Aeródromos', location: 'La Romana, República Dominicana', companySize: 45, description },
    RUNWAYS,
  );
  expect(result.urgency.level).toBe('HIGH');
});

it('es-DO: "Estimado equipo" as a greeting asks for nothing', () => {
  const result = classifyWithRules(
    { fullName: 'Carmen Santana', email: 'operaciones@aerodromoalmendros.com.do', jobPosition: 'Gerente de Operaciones', companyName: 'Aeródromo Los Almendros', industry: 'Aeródromos', location: 'La Romana, República Dominicana', companySize: 45, description: 'Estimado equipo, nos gustaría conocer más sobre la medición de fricción para el próximo año.' },
    RUNWAYS,
  );
  expect(result.urgency.level).not.toBe('HIGH');
});

const footwear = (description: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  fullName: 'Silvia Casillas', email: 'scasillas@calzadosierra.com.mx', jobPosition: 'Gerente de Producción', companyName: 'Calzado Sierra Gorda', industry: 'Calzado', location: 'León, Gto.', companySize: 200, description, ...extra,
});

it('es-MX: "para tenerlos en cuenta desde ahorita" is from now on, not urgency: next year is NURTURE', () => {
  const result = classifyWithRules(footwear('El año que entra queremos certificar la línea de botas de trabajo. Les escribo para tenerlos en cuenta desde ahorita.'), FOOTWEAR_LAB);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('es-MX: "lo necesitamos ahorita" is still urgency: CRITICAL', () => {
  const result = classifyWithRules(footwear('Se nos cayó un pedido de exportación por el reporte de antideslizante y lo necesitamos ahorita.'), FOOTWEAR_LAB);
  expect(result.urgency.level).toBe('CRITICAL');
});

it.each([
  ['San Francisco del Rincón, Gto.', 'SQL'],
  ['San Francisco del Rincón, Guanajuato', 'SQL'],
])('es-MX: "%s" is in Mexico, not California: a quote from a target country is SQL', (location, stage) => {
  const result = classifyWithRules(footwear('Vamos a surtir botín escolar a una cadena y nos piden pruebas de desgaste y antideslizante por modelo. ¿Me mandan cotización por 12 modelos?', { location, jobPosition: 'Gte. de Calidad' }), FOOTWEAR_LAB);
  expect(result.fit.reasons.some((reason) => reason.includes('(MX)'))).toBe(true);
  expect(result.stage).toBe(stage);
});
