"""Leads for isobo: Norma Andina Consultores (Santa Cruz de la Sierra, Bolivia), ISO 9001 / 14001 / 45001 / 22000
implementation, audits and training. Mostly Spanish, some English and Portuguese."""


def add(rows):
    rows.seller("isobo")
    L = rows.L

    L("es", "incident", "Gabriela Suárez Roca", "gsuarez@oleaginosasdeloriente.com.bo", "Gerente de Calidad", "Oleaginosas del Oriente S.A.", "Agroindustria / soya", "Santa Cruz de la Sierra, Bolivia", 600,
      "Buenas tardes. Nuestro cliente en China nos exige FSSC 22000 y la auditoría de precertificación es este jueves. El consultor que teníamos renunció la semana pasada y tenemos procedimientos sin terminar. Necesitamos apoyo de inmediato, aunque sea presencial mañana mismo.",
      "SQL", "P1", "fit A (soy agribusiness, 600, Bolivia, FSSC 22000 + pre-audit); Gerente de Calidad = MANAGER in a buyerArea, decision maker; audit this Thursday, 'de inmediato': CRITICAL -> SQL P1",
      phone="+591 3 3441200", source="web_form")

    L("es", "buyer", "Ing. Marcelo Quiroga", "mquiroga@constructoraillimani.com.bo", "Gerente General", "Constructora Illimani S.R.L.", "Construcción", "La Paz, Bolivia", 220,
      "Para presentarnos a una licitación de YPFB nos piden tener ISO 9001 y 45001 o al menos estar en proceso de implementación con una consultora. Requerimos propuesta técnica y económica para la implementación integrada.",
      "SQL", "P2", "fit A (construction, 220, Bolivia, integrated 9001 + 45001); Gerente General = C_LEVEL, decision maker; proposal request: HIGH -> SQL P2",
      phone="+591 2 2791450", source="web_form")

    L("es", "buyer", "Valeria Choque", "vchoque@lacteosdelvalle.com.bo", "Analista de Calidad", "Lácteos del Valle", "Industria láctea", "Cochabamba, Bolivia", 180,
      "Hola, mi jefe me pidió cotizar la implementación de ISO 22000 en la planta. Somos una planta de leche y yogur. ¿Me pueden enviar una cotización?",
      "MQL", "P3", "fit A (dairy plant, 180, Bolivia, ISO 22000); Analista = USER, not a decision maker; quote request: HIGH -> MQL P3",
      source="web_form")

    L("es", "future", "Rodrigo Antelo", "rantelo@plasticosoriente.com.bo", "Director de Manufactura", "Plásticos Oriente", "Manufactura de plásticos", "Warnes, Santa Cruz, Bolivia", 140,
      "En un futuro nos gustaría certificar ISO 14001. Por ahora solo quiero saber cuánto tiempo toma normalmente y qué implica para una planta como la nuestra.",
      "NURTURE", "P4", "fit A (plastics plant, 140, Bolivia, ISO 14001); Director = director, decision maker; 'en un futuro', only information: LOW -> NURTURE P4",
      source="web_form")

    L("es", "buyer", "Wilfredo Mamani", "wmamani@mineracerrochico.com.bo", "Jefe de SSO", "Minera Cerro Chico", "Minería", "Potosí, Bolivia", 750,
      "Estamos evaluando implementar ISO 45001 el próximo trimestre. Quisiera conocer su metodología y experiencia en minería, y un rango de costos.",
      "MQL", "P3", "fit A (mining, 750, Bolivia, ISO 45001); Jefe de SSO = MANAGER in a buyerArea, decision maker; evaluating for next quarter: MEDIUM -> MQL P3",
      source="web_form")

    L("es", "buyer", "Lourdes Benítez", "lbenitez@frigorificonanduti.com.py", "Directora de Calidad", "Frigorífico Ñandutí S.A.", "Frigorífico / carne", "Limpio, Paraguay", 850,
      "Buen día. La auditoría de recertificación ISO 22000 la tenemos el mes que viene y queremos acompañamiento: auditoría interna previa y revisión de las no conformidades abiertas. Favor enviar cotización.",
      "SQL", "P2", "fit A (meatpacker, 850, Paraguay is a target country, recertification support + internal audit); Directora = director, decision maker; quote, audit next month: HIGH -> SQL P2",
      phone="+595 21 585 300", source="web_form")

    L("en", "buyer", "Craig Patterson", "cpatterson@andeanwellservices.com", "HSE Manager", "Andean Well Services Bolivia", "Oil and gas services", "Santa Cruz de la Sierra, Bolivia", 320,
      "Hi, our ISO 45001 surveillance audit last week raised two major non-conformities and we have 30 days to close them. Can we schedule a call to discuss support for the root cause analysis and corrective actions?",
      "SQL", "P2", "fit A (oil and gas services, 320, Bolivia, NC closure); HSE Manager = MANAGER in a buyerArea, decision maker; asks for a call, 30-day window: HIGH -> SQL P2",
      phone="+591 700 41223", source="web_form")

    L("pt", "buyer", "Fernanda Rizzo", "fernanda.rizzo@graosdoleste.com.bo", "Diretora de Qualidade", "Grãos do Leste Bolívia", "Agroindústria", "Pailón, Santa Cruz, Bolívia", 260,
      "Boa tarde, somos uma empresa de capital brasileiro com planta de grãos em Pailón. Precisamos implementar BPM e HACCP para começar a exportar para a Europa. Gostaríamos de receber uma proposta. Podemos conversar em português ou espanhol.",
      "SQL", "P2", "fit A (agribusiness, 260, Bolivia, GMP + HACCP); Diretora = director, decision maker; proposal request: HIGH -> SQL P2",
      phone="+591 3 3520870", source="web_form")

    L("es", "jobseeker", "Karina Vaca", "karinavaca.auditora@gmail.com", "Auditora Líder ISO 9001", None, None, "Santa Cruz de la Sierra, Bolivia", None,
      "Buenos días, soy ingeniera industrial y auditora líder ISO 9001 certificada, con 5 años de experiencia en implementación. Me gustaría formar parte de su equipo de consultores. Adjunto mi hoja de vida.",
      "DISQUALIFIED", "P4", "job seeker, not a buyer -> DISQUALIFIED",
      phone="+591 776 20144", source="web_form")

    L("es", "vendor", "Andrés Paredes", "andres@docuflow-software.com", "Gerente Comercial", "DocuFlow Software", "Software", "Lima, Perú", 45,
      "Hola, tenemos un software de control documental y gestión de no conformidades ideal para consultoras ISO. Ofrecemos licencias para sus clientes con margen para ustedes. ¿Podemos agendar una demo?",
      "DISQUALIFIED", "P4", "a vendor selling software to the seller, not a buyer -> DISQUALIFIED",
      source="web_form")

    L("es", "competitor", "Mauricio Rivero", "mrivero@calidadplus.com.bo", "Consultor", "Calidad Plus", "Consultoría ISO", "Santa Cruz de la Sierra, Bolivia", 12,
      "Buenas, quería consultar cuánto cobran por la formación de auditores internos ISO 9001 y si dan certificado con horas.",
      "DISQUALIFIED", "P4", "email domain is in competitorDomains (calidadplus.com.bo): a competitor -> DISQUALIFIED",
      source="web_form")

    L("es", "student", "Sofía Guzmán", "sofia.guzman@est.umss.edu", "Estudiante de Ingeniería Industrial", "UMSS", "Universidad", "Cochabamba, Bolivia", None,
      "Hola, estoy haciendo mi tesis sobre la implementación de ISO 9001 en pymes de Cochabamba. ¿Podrían compartirme algún caso de éxito o una plantilla de manual de calidad? Muchas gracias.",
      "DISQUALIFIED", "P4", "a student with a thesis, not a buyer -> DISQUALIFIED",
      source="web_form")

    L("es", "buyer-small", "Paola Céspedes", "paola@viajesamboro.com.bo", "Gerente General", "Viajes Amboró", "Agencia de viajes", "Santa Cruz de la Sierra, Bolivia", 8,
      "Hola, somos una agencia de viajes pequeña y queremos certificar ISO 9001 porque da buena imagen con clientes corporativos. ¿Cuánto costaría más o menos?",
      "NURTURE", "P4", "fit C (travel agency outside the target industries and 8 people, two weak; Bolivia and ISO 9001 fine); price request but fit C -> NURTURE P4",
      source="web_form")

    L("es", "buyer-offtarget", "Julio César Huamán", "jhuaman@metalindustrialsur.pe", "Gerente General", "Metal Industrial del Sur", "Metalmecánica", "Arequipa, Perú", 30,
      "Buenas tardes, necesitamos certificar ISO 9001 este año porque un cliente minero nos lo exige. Somos un taller metalmecánico de 30 personas. ¿Atienden en Perú? Agradeceré una cotización.",
      "NURTURE", "P4", "fit C (Peru outside targetCountries and 30 people below 50, two weak; metalworking and ISO 9001 fine); quote request but fit C -> NURTURE P4",
      source="web_form")

    L("es", "buyer-offtarget", "Mariana Lorenzo", "mlorenzo@citricosdelnorte.com.ar", "Directora de Calidad", "Cítricos del Norte S.A.", "Agroexportación / cítricos", "Tafí Viejo, Tucumán, Argentina", 350,
      "Hola, estamos buscando consultora para implementar BRCGS en la planta de empaque, y nos recomendaron a ustedes por un trabajo en Tarija. ¿Podrían enviarnos una propuesta? Necesitamos estar certificados antes de la próxima campaña.",
      "SQL", "P2", "fit B (Argentina is outside targetCountries; citrus exporter, 350, BRCGS); Directora = director, decision maker; proposal request: HIGH -> SQL P2",
      phone="+54 381 555 2310", source="referral")

    L("es", "empty", "Ronald Justiniano", "rjustiniano@ingeniocentralnorte.com.bo", "Gerente de Planta", "Ingenio Central Norte", "Agroindustria azucarera", "Montero, Santa Cruz, Bolivia", 900,
      "más información",
      "REVIEW", "P3", "a plausible buyer (sugar mill, 900, Bolivia) but 'más información' has no content and nothing else shows a need -> REVIEW P3",
      source="web_form")

    L("es", "empty", "Daniela Ardaya", "dardaya@transportesguapay.com.bo", "Coordinadora de Gestión Integrada", "Transportes Guapay", "Transporte y logística", "Santa Cruz de la Sierra, Bolivia", 210,
      None,
      "REVIEW", "P3", "no description; a plausible buyer (logistics, 210, Bolivia, integrated management) but nothing shows a need -> REVIEW P3",
      phone="+591 3 3462210", source="web_form")

    L("es", "buyer", "Hernán Saucedo", "hsaucedo@temp-mail.org", "Gerente General", "Aserradero Saucedo", "Industria maderera", "Guarayos, Bolivia", 90,
      "Necesito cotización de ISO 9001 para mi empresa.",
      "DISQUALIFIED", "P4", "temp-mail is a disposable email -> DISQUALIFIED whatever the need",
      source="web_form")

    L("es", "spam", "asdf", "qwerty@qwerty.com", "asdf", "asdf", "asdf", "asdf", None,
      "asdf asdf asdfgh jkl",
      "DISQUALIFIED", "P4", "gibberish / placeholder test lead -> DISQUALIFIED",
      source="web_form")

    L("es", "private", "Jhonny Rojas", "jhonnyrojas88@hotmail.com", None, None, None, "El Alto, Bolivia", None,
      "Hola quisiera sacar mi certificado de auditor interno ISO 9001 para mejorar mi CV, ¿hacen cursos para personas particulares? ¿cuánto cuesta y cuándo empiezan?",
      "DISQUALIFIED", "P4", "a private person wanting a course for his own CV, not a company buyer: fit D -> DISQUALIFIED",
      source="web_form")

    L("es", "incident", "Germán Durán", "gduran@castanasamazonicas.com.bo", "Gerente General", "Castañas Amazónicas S.A.", "Exportación de castaña", "Riberalta, Beni, Bolivia", 1100,
      "URGENTE. En la auditoría de ayer nos suspendieron el certificado BRCGS por fallas en el control de aflatoxinas y trazabilidad. Tenemos contenedores retenidos en puerto y el cliente europeo pide un plan de acción esta semana. Necesitamos un consultor ya.",
      "SQL", "P1", "fit A (Brazil nut exporter, 1,100, Bolivia, BRCGS + NC closure); Gerente General = C_LEVEL, decision maker; suspended certificate, containers held, action plan this week: CRITICAL -> SQL P1",
      phone="+591 3 8522040", source="web_form")

    L("es", "incident", "Carla Zambrana", "czambrana@galletasandinas.com.bo", "Ingeniera de Procesos", "Galletas Andinas", "Alimentos", "El Alto, Bolivia", 240,
      "Urgente!! la auditoría externa ISO 9001 es la próxima semana y nos faltan procedimientos y la revisión por la dirección. Necesito ayuda cuanto antes.",
      "MQL", "P3", "fit A (food manufacturer, 240, Bolivia, ISO 9001 audit prep); Ingeniera = TECHNICAL, influencer, not a decision maker; 'urgente', 'cuanto antes': CRITICAL -> MQL P3",
      source="chat")

    L("es", "future", "Ernesto Landívar", "elandivar@logisticaoriental.com.bo", "Director Administrativo", "Logística Oriental", "Logística y almacenaje", "Santa Cruz de la Sierra, Bolivia", 130,
      "Nos interesa a futuro certificar ISO 9001, posiblemente el próximo año cuando terminemos de mudarnos al nuevo centro de distribución. Por ahora es solo para tenerlos en cuenta.",
      "NURTURE", "P4", "fit A (logistics, 130, Bolivia, ISO 9001); Director = director, decision maker; 'a futuro', next year: LOW -> NURTURE P4",
      source="web_form")

    L("es", "buyer", "Patricia Vargas", "pvargas@cementosdelsur.com.bo", "Gerente de Medio Ambiente", "Cementos del Sur", "Industria cementera", "Sucre, Bolivia", 520,
      "Tenemos presupuesto aprobado para implementar ISO 14001 en la planta y la cantera. Necesitamos cotización con cronograma.",
      "SQL", "P2", "fit A (cement plant, 520, Bolivia, ISO 14001); Gerente de Medio Ambiente = MANAGER in a buyerArea, decision maker; approved budget + quote: HIGH -> SQL P2",
      phone="+591 4 6453120", source="web_form")

    L("es", "buyer-offtarget", "Diego Flores", "dflores@clinicanortescz.com.bo", "Coordinador de Calidad", "Clínica Norte Santa Cruz", "Salud / clínica", "Santa Cruz de la Sierra, Bolivia", 300,
      "Estamos comparando consultoras para implementar ISO 9001 en laboratorio y admisión. ¿Tienen experiencia en salud?",
      "MQL", "P3", "fit B (healthcare is outside the target industries; 300, Bolivia, ISO 9001); Coordinador de Calidad = MANAGER in a buyerArea, decision maker; comparing consultancies: MEDIUM -> MQL P3",
      source="web_form")

    L("en", "buyer", "Thomas Keller", "tkeller@altiplanominerals.com", "Managing Director", "Altiplano Minerals", "Mining", "Oruro, Bolivia", 450,
      "We'd like a proposal for an integrated 9001/14001/45001 system at our Oruro operation. Our parent company wants the project kicked off next month.",
      "SQL", "P2", "fit A (mining, 450, Bolivia, integrated system); Managing Director = C_LEVEL, decision maker; proposal, start next month: HIGH -> SQL P2",
      phone="+591 2 5261100", source="web_form")

    L("es", "partner", "Luis Fernando Arce", "lfarce.consultor@gmail.com", "Consultor independiente", None, "Consultoría", "Tarija, Bolivia", 1,
      "Buenas, soy auditor independiente en Tarija y tengo contactos con varias bodegas y empresas de la zona. Les propongo referirles clientes a cambio de una comisión del 15% o trabajar como subcontratista.",
      "DISQUALIFIED", "P4", "a partner after a commission / subcontracting, not a buyer -> DISQUALIFIED",
      phone="+591 722 31009", source="web_form")

    L("es", "past-incident", "Ramiro Salvatierra", "rsalvatierra@avicolasanjuan.com.bo", "Gerente General", "Avícola San Juan", "Avícola / alimentos", "Santa Cruz de la Sierra, Bolivia", 400,
      "El año pasado no pasamos la auditoría de un cliente de supermercados y perdimos ese contrato. Este año queremos retomar el tema con HACCP y BPM en la planta de faenado. Estamos evaluando consultoras.",
      "MQL", "P3", "fit A (poultry processor, 400, Bolivia, HACCP + GMP); Gerente General = C_LEVEL, decision maker; the failed audit was last year, evaluating this year: MEDIUM -> MQL P3",
      source="web_form")

    L("es", "research", "Fabián Ortiz", "fortiz@textilescamba.com.bo", "Jefe de Producción", "Textiles Camba", "Industria textil", "Santa Cruz de la Sierra, Bolivia", 160,
      "Por curiosidad, ¿qué diferencia hay entre ISO 9001 e ISO 45001? ¿Se pueden implementar juntas?",
      "NURTURE", "P4", "fit A (textile plant, 160, Bolivia, ISO 9001/45001); Jefe de Producción = MANAGER outside the buyerAreas, influencer; curiosity: LOW -> NURTURE P4",
      source="web_form")

    L("es", "empty", "x", "calidad2023@yahoo.com", None, None, None, None, None,
      "iso",
      "DISQUALIFIED", "P4", "data quality POOR (name 'x', free email, no company, role, location or industry, one-word description) -> DISQUALIFIED",
      source="web_form")

    L("es", "buyer", "Gerencia", "gerencia@test.com", "Gerente General", "Industrias Chaco", "Manufactura", "Villamontes, Tarija, Bolivia", 70,
      "Solicitamos cotización para implementación ISO 9001.",
      "DISQUALIFIED", "P4", "test.com is a reserved domain: INVALID email -> DISQUALIFIED",
      source="web_form")

    L("en", "buyer", "Hugo Brítez", "hbritez@carnesdelchaco.com.py", "Director of Quality", "Carnes del Chaco", "Meat processing", "Villa Hayes, Paraguay", 700,
      "Hello, our EU buyer requires FSSC 22000 certification by the end of the year. We currently have HACCP only. Please send a proposal with timeline and team.",
      "SQL", "P2", "fit A (meat processor, 700, Paraguay, FSSC 22000); Director = director, decision maker; proposal request: HIGH -> SQL P2",
      phone="+595 226 300 410", source="web_form")

    L("en", "buyer-offtarget", "Ashley Turner", "ashley@brightloop.io", "Co-founder", "Brightloop", "Software / SaaS", "Austin, TX, USA", 10,
      "Hey, we're a 10-person SaaS startup and an enterprise customer asked if we're ISO 9001 certified. Looking for a low-cost remote consultant. Do you work with US companies?",
      "DISQUALIFIED", "P4", "fit D (USA outside targetCountries, software outside the target industries, 10 people: three weak) -> DISQUALIFIED",
      source="web_form")

    L("es", "buyer-small", "Osvaldo Téllez", "otellez@transportestellez.com.bo", "Dueño", "Transportes Téllez", "Transporte de carga", "Cochabamba, Bolivia", 35,
      "Buenas, una minera nos pide ISO 45001 para seguir trabajando con ellos. Somos 35 personas con 20 camiones. ¿Podemos conversar la próxima semana?",
      "SQL", "P2", "fit B (freight transport = logistics, Bolivia, ISO 45001, but 35 people below 50: one weak); Dueño = C_LEVEL, decision maker; asks for a call: HIGH -> SQL P2",
      phone="+591 717 45230", source="web_form")

    L("es", "buyer", "Mónica Rivas", "mrivas@embotelladoradelsur.com.bo", "Supervisora de Calidad", "Embotelladora del Sur", "Bebidas", "Tarija, Bolivia", 190,
      "Este año queremos pasar de BPM a ISO 22000. Estamos viendo opciones y me gustaría saber cómo trabajan ustedes y cuántas visitas serían.",
      "MQL", "P3", "fit A (beverage plant, 190, Bolivia, ISO 22000); Supervisora de Calidad = MANAGER in a buyerArea, decision maker; this year, looking at options: MEDIUM -> MQL P3",
      source="web_form")

    L("es", "buyer", "Enrique Bogarín", "ebogarin@coopaltoparana.com.py", "Gerente General", "Cooperativa Alto Paraná Unida", "Cooperativa agroindustrial", "Obligado, Itapúa, Paraguay", 950,
      "Necesitamos formar 15 auditores internos para las plantas de aceite y yerba. La idea es hacer el curso el mes que viene. Enviar propuesta por favor.",
      "SQL", "P2", "fit A (agro-industrial coop, 950, Paraguay, internal auditor training); Gerente General = C_LEVEL, decision maker; next month, proposal: HIGH -> SQL P2",
      phone="+595 717 20100", source="web_form")

    L("es", "research", "María José Añez", "mjanez@ongsaludcomunitaria.org.bo", "Directora Ejecutiva", "ONG Salud Comunitaria", "ONG", "Trinidad, Beni, Bolivia", 60,
      "Solo queremos información para el futuro sobre ISO 9001 en organizaciones sin fines de lucro, un donante lo mencionó.",
      "NURTURE", "P4", "fit B (an NGO is outside the target industries; 60, Bolivia, ISO 9001); Directora = director; information for the future: LOW -> NURTURE P4",
      source="web_form")

    L("es", "incident", "Sandro Peña", "spena@constructoraparapeti.com.bo", "Gerente de SSO", "Constructora Parapetí", "Construcción", "Santa Cruz de la Sierra, Bolivia", 180,
      "Mañana vence el plazo de la licitación y nos piden una carta de compromiso de una consultora para la implementación de ISO 45001. ¿Pueden ayudarnos hoy? Llámenme al celular.",
      "SQL", "P1", "fit A (construction, 180, Bolivia, ISO 45001); Gerente de SSO = MANAGER in a buyerArea, decision maker; deadline tomorrow, help today: CRITICAL -> SQL P1",
      phone="+591 70012345", source="web_form")

    L("en", "research", "Priya Nair", "priya.nair@globalfoodsbo.com", "Quality Engineer", "Global Foods Bolivia", "Food processing", "Santa Cruz de la Sierra, Bolivia", 400,
      "Hi, we are evaluating consultants for an FSSC 22000 gap assessment, probably next quarter. Could you share your experience with multinational food plants?",
      "MQL", "P3", "fit A (food plant, 400, Bolivia, FSSC 22000 gap assessment); Engineer = TECHNICAL, influencer; evaluating, next quarter: MEDIUM -> MQL P3",
      source="web_form")

    L("en", "vendor", "Martin Schulz", "mschulz@certiglobal-registrar.com", "Regional Sales Manager", "CertiGlobal Registrar", "Certification body", "Buenos Aires, Argentina", 200,
      "Dear team, we are an accredited certification body expanding in Bolivia. We'd like to agree a partnership so that your clients get certified with us, with a referral fee for each audit. Can we meet?",
      "DISQUALIFIED", "P4", "a certification body pitching a referral partnership to the seller, not a buyer -> DISQUALIFIED",
      source="web_form")

    L("es", "buyer", "Carolina Méndez", "cmendez@ingeniolaspalmeras.com.bo", "Gerente de Recursos Humanos", "Ingenio Las Palmeras", "Agroindustria azucarera", "Santa Cruz de la Sierra, Bolivia", 1300,
      "Estamos evaluando este año implementar ISO 45001 por los accidentes en zafra. Me pidieron averiguar opciones de consultoras.",
      "MQL", "P3", "fit A (sugar mill, 1,300, Bolivia, ISO 45001); Gerente de RRHH = MANAGER outside the buyerAreas, influencer; evaluating this year: MEDIUM -> MQL P3",
      source="web_form")

    L("es", "buyer", "Dra. Silvia Monasterio", "smonasterio@laboratoriosvitalbo.com", "Directora Técnica", "Laboratorios Vital Bolivia", "Industria farmacéutica", "La Paz, Bolivia", 230,
      "Necesitamos una pre-auditoría ISO 9001 en las próximas semanas, antes de la auditoría de seguimiento. ¿Tienen disponibilidad?",
      "SQL", "P2", "fit A (pharma manufacturer, 230, Bolivia, pre-audit); Directora = director, decision maker; next few weeks: HIGH -> SQL P2",
      phone="+591 2 2443311", source="web_form")

    L("pt", "future", "Rafael Bertoldi", "rafael.bertoldi@agropecuariacerrado.com.br", "Gerente de Meio Ambiente", "Agropecuária Cerrado Verde", "Agronegócio", "Sorriso, Mato Grosso, Brasil", 800,
      "Olá, estamos avaliando a ISO 14001 para as nossas unidades para o próximo ano. Vi que vocês atuam na Bolívia, perto da fronteira. Atendem também no Brasil? É só para conhecer.",
      "NURTURE", "P4", "fit B (Brazil is outside targetCountries; agribusiness, 800, ISO 14001); next year, 'só para conhecer': LOW -> NURTURE P4",
      source="web_form")
