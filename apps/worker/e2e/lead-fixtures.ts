// People who submit leads in the worker's e2e tests (each test makes the e-mail unique where it must).

// A decision maker with a good fit and no plan yet: NURTURE, P4, no owner.
export const LAURA = {
  fullName: 'Laura Méndez', email: 'laura.mendez@acerosdelnorte.com.mx', jobPosition: 'Directora de TI', companyName: 'Aceros del Norte',
  industry: 'Manufactura', location: 'Monterrey, México', companySize: 300, source: 'web_form' as const,
  description: 'Queremos conocer sus servicios de respaldo de datos y almacenamiento para el próximo año.',
};
