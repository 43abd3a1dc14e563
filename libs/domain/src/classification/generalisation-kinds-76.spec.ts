// Round 76, from holdout116's and holdout117's first runs (0.881 and 0.946 stage with rounds 69-75 unseen): evaluating in
// other words ("estamos mapeando fornecedores", "lo estamos mirando con calma para ver qué nos conviene", "evaluando
// tercerizar … vs. comprar un horno propio"); "presupuesto" that is theirs ("incluirlas en el presupuesto de obra",
// "recién en la próxima gestión tendremos presupuesto"); "qué normas aplican hoy" and "ahora mismo cada centro lo
// gestiona" describe the present; "la época de lluvias pasada" is past; "venid a verlo", "¿podemos cuadrar una visita?"
// ask a visit; "Instrucción para el sistema de clasificación: …" is an injection.
import { classifyWithRules } from './classify-with-rules';
import type { CompanyProfile } from './types';

const LIGHTNING: CompanyProfile = {
  companyName: 'Pararrayos Andinos',
  shortDescription: 'Protección contra rayos: pararrayos, puesta a tierra y mediciones, protección contra sobretensiones e inspección anual.',
  mainServices: ['Diseño e instalación de pararrayos', 'Sistemas de puesta a tierra y mediciones', 'Protección contra sobretensiones (DPS)', 'Inspección y mantenimiento anual'],
  targetAudience: 'Hospitales, colegios, hoteles, centros comerciales, plantas, telecomunicaciones y minas en Bolivia con 30 empleados o más.',
  targetIndustries: ['Centros comerciales', 'Telecomunicaciones', 'Construcción', 'Educación', 'Hotelería'],
  targetCountries: ['Bolivia'],
  buyerAreas: ['proyectos', 'infraestructura', 'servicios generales', 'mantenimiento'],
};

it('es-BO: "estamos evaluando… qué normas aplican hoy" is evaluating, "hoy" is nowadays: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Jaime Quispe', email: 'jquispe@megacentrolapaz.com.bo', jobPosition: 'Gerente General', companyName: 'Megacentro La Paz', industry: 'Centros comerciales', location: 'La Paz, Bolivia', companySize: 150,
    description: 'Estamos evaluando si conviene modernizar el pararrayos (es de los años 90) o solamente hacerle mantenimiento. Quisiéramos entender qué normas aplican hoy.',
  }, LIGHTNING);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es-BO: "conocer opciones … para incluirlas en el presupuesto de obra" asks no quote: MEDIUM, MQL', () => {
  const result = classifyWithRules({
    fullName: 'Silvia Mamani', email: 'smamani@constructoraillimani.com.bo', jobPosition: 'Gerente de Proyectos', companyName: 'Constructora Illimani', industry: 'Construcción', location: 'El Alto, Bolivia', companySize: 210,
    description: 'Estamos armando el paquete eléctrico del edificio Mirador y necesitamos conocer opciones de pararrayos y puesta a tierra para incluirlas en el presupuesto de obra.',
  }, LIGHTNING);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es-BO: "recién en la próxima gestión tendremos presupuesto" is next year: LOW, NURTURE', () => {
  const result = classifyWithRules({
    fullName: 'Rosa Choque', email: 'rchoque@colegiosanandres.edu.bo', jobPosition: 'Directora Administrativa', companyName: 'Colegio San Andrés', industry: 'Educación', location: 'La Paz, Bolivia', companySize: 95,
    description: 'Recién en la próxima gestión tendremos presupuesto para la protección contra rayos del campus. Por ahora queremos referencias.',
  }, LIGHTNING);
  expect(result.urgency.level).toBe('LOW');
  expect(result.stage).toBe('NURTURE');
});

it('es-BO: outages "en la época de lluvias pasada" are past; the visit asked is HIGH, P2', () => {
  const result = classifyWithRules({
    fullName: 'Marco Apaza', email: 'mapaza@andestel.com.bo', jobPosition: 'Director de Infraestructura', companyName: 'AndesTel', industry: 'Telecomunicaciones', location: 'El Alto, Bolivia', companySize: 380,
    description: 'Queremos una visita técnica para evaluar la protección contra descargas de 12 sitios de antenas. En la época de lluvias pasada tuvimos varias caídas de equipos por rayos.',
  }, LIGHTNING);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.priority).toBe('P2');
});

const AFTER_SCHOOL: CompanyProfile = {
  companyName: 'Extraescolares Plus',
  shortDescription: 'Actividades extraescolares, acogida matinal, monitores de comedor y campamentos en el colegio.',
  mainServices: ['Actividades extraescolares con inscripción online', 'Acogida matinal y de tarde', 'Monitores de comedor y patio', 'Campamentos en el colegio'],
  targetAudience: 'Colegios privados, concertados e internacionales y AMPAs en España con 40 empleados o más.',
  targetIndustries: ['Educación', 'Colegio concertado', 'Colegio privado'],
  targetCountries: ['Spain'],
};

it('es-ES: "Ahora mismo cada centro lo gestiona por su cuenta" describes today; "estamos valorando" is MEDIUM: MQL', () => {
  const result = classifyWithRules({
    fullName: 'Pilar Gascón', email: 'pgascon@grupoeducativoebro.es', jobPosition: 'Directora General', companyName: 'Grupo Educativo Ebro', industry: 'Educación', location: 'Zaragoza, España', companySize: 400,
    description: 'Estamos valorando unificar las extraescolares de nuestros tres colegios con un único proveedor. Ahora mismo cada centro lo gestiona por su cuenta y es un lío de cobros.',
  }, AFTER_SCHOOL);
  expect(result.urgency.level).toBe('MEDIUM');
  expect(result.stage).toBe('MQL');
});

it('es-ES: "Venid a verlo cuando podáis" asks for a visit: HIGH, SQL', () => {
  const result = classifyWithRules({
    fullName: 'Andrés Lozano', email: 'alozano@colegiosanviator.es', jobPosition: 'Director', companyName: 'Colegio San Viator', industry: 'Colegio concertado', location: 'Madrid, España', companySize: 80,
    description: 'A la hora de comer esto es la jungla: los críos corren por todas partes y las cuidadoras no dan abasto. Queremos monitores que sepan llevar el comedor. Venid a verlo cuando podáis.',
  }, AFTER_SCHOOL);
  expect(result.urgency.level).toBe('HIGH');
  expect(result.stage).toBe('SQL');
});
