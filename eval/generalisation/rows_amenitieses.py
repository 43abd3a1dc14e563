"""Leads for amenitieses: Brisa Amenities Hoteleros (Spain), branded hotel toiletries, refillable dispensers and
guest kits. Mostly Spanish, some Portuguese (Portugal is a target country) and English."""


def add(rows):
    rows.seller("amenitieses")
    L = rows.L

    L("es", "buyer", "Rocío Gallardo Medina", "rgallardo@hotelesmiramarsol.com", "Directora de Compras", "Hoteles Miramar Sol", "Hotelería", "Torremolinos, Málaga, España", 380,
      "Buenos días. Somos una cadena de 4 hoteles en la Costa del Sol (unas 1.100 habitaciones). Queremos pasar a amenities con nuestra marca y poner dispensadores en las habitaciones estándar. Nos gustaría recibir presupuesto y muestras antes de fin de mes, que es cuando cerramos proveedores para la temporada.",
      "SQL", "P2", "fit A (hotel chain, 380, Spain, branded toiletries + dispensers); Directora = director, decision maker; quote + samples before month end: HIGH -> SQL P2",
      phone="+34 952 380 114", source="web_form")

    L("es", "incident", "Vicente Llorens", "direccion@hotelplayalevante.es", "Director de Hotel", "Hotel Playa Levante", "Hotel", "Benidorm, Alicante, España", 120,
      "Nuestro proveedor de amenities ha cerrado de un día para otro y esta semana nos quedamos sin gel ni champú, estamos al 95% de ocupación. Necesitamos urgentemente unas 3.000 unidades de lo que tengáis en stock aunque sea sin personalizar, y luego hablamos de un contrato.",
      "SQL", "P1", "fit A (hotel, 120, Spain, toiletries + supply); Director = director, decision maker; running out this week, 'urgentemente': CRITICAL -> SQL P1",
      phone="965 850 233", source="web_form")

    L("es", "buyer", "Lucía Ferrer Soler", "recepcion@hotelpatiodetriana.es", "Jefa de Recepción", "Hotel Patio de Triana", "Hotelería", "Sevilla, España", 70,
      "Hola, queremos cambiar los botecitos por dispensadores en los baños. ¿Me podéis mandar precios de los dispensadores y de la recarga? Gracias!",
      "MQL", "P3", "fit A (hotel, 70, Spain, dispensers); Jefa de Recepción = MANAGER outside the buyerAreas and outside purchasing, influencer; asks for prices: HIGH -> MQL P3",
      source="web_form")

    L("es", "buyer", "Margalida Ramis", "pisos@hotelportalsnous.com", "Jefa de Pisos", "Hotel Portals Nous", "Hotel 4*", "Calvià, Mallorca, España", 90,
      "Buenas, para 200 habitaciones necesitamos presupuesto de kits de acogida (dental, afeitado, gorro) y zapatillas con logo. Ahora mismo compramos a tres proveedores distintos y queremos unificar.",
      "SQL", "P2", "fit A (hotel, 90, Spain, guest kits); Jefa de Pisos = MANAGER in a buyerArea (pisos), decision maker; quote request: HIGH -> SQL P2",
      phone="+34 971 677 420", source="web_form")

    L("es", "future", "Alberto Quintana", "aquintana@hotelcastellanacentro.es", "Director General", "Hotel Castellana Centro", "Hostelería", "Madrid, España", 110,
      "Tenemos prevista una reforma integral de baños en 2027. De momento solo queremos información sobre los dispensadores rellenables (modelos, acabados) para tenerlo en cuenta en el proyecto.",
      "NURTURE", "P4", "fit A (hotel, 110, Spain, dispensers); Director General = C_LEVEL; renovation in 2027, information only: LOW -> NURTURE P4",
      source="web_form")

    L("es", "buyer", "Javier Montoro", "jmontoro@apartahotelesbahia.com", "Director de Operaciones", "Apartahoteles Bahía", "Apartamentos turísticos", "Alicante, España", 95,
      "Estamos evaluando este año quitar las monodosis en los 6 apartahoteles del grupo. Comparando 3 proveedores de dispensadores. Me interesa saber vuestro modelo de recarga y si el stock queda reservado.",
      "MQL", "P3", "fit A (apartment hotels, 95, Spain, dispensers + programmed supply); Director = director, decision maker; evaluating and comparing this year: MEDIUM -> MQL P3",
      source="web_form")

    L("pt", "buyer", "Tiago Mendonça", "tiago.mendonca@lisboariverhotels.pt", "Diretor de Alojamento", "Lisboa River Hotels", "Hotelaria", "Lisboa, Portugal", 160,
      "Boa tarde, temos dois hotéis em Lisboa (4* e 5*) e queremos uma proposta de amenities personalizados com o nosso logótipo para os dois. Podem enviar proposta e amostras? Obrigado.",
      "SQL", "P2", "fit A (hotels, 160, Portugal is a target country, branded toiletries); Diretor = director, decision maker; proposal + samples: HIGH -> SQL P2",
      phone="+351 213 401 870", source="web_form")

    L("pt", "buyer-small", "Joana Cabral", "hostelribeira.porto@gmail.com", "Proprietária", "Ribeira Hostel", "Alojamento local / hostel", "Porto, Portugal", 8,
      "Olá! Temos um hostel com 14 quartos. Estamos a pensar no futuro trocar os sabonetes por doseadores de parede, mas ainda não decidimos nada. Só queria ter uma ideia do que existe.",
      "NURTURE", "P4", "fit B (hostel in Portugal, dispensers, but 8 people: one weak); owner; 'no futuro', undecided, just an idea: LOW -> NURTURE P4",
      source="web_form")

    L("en", "buyer-offtarget", "Daniel Harrington", "dharrington@caribeanaresorts.com", "Purchasing Director", "Caribeana Resorts", "Hospitality", "Playa del Carmen, Quintana Roo, Mexico", 1200,
      "Hello, we operate five all-inclusive resorts in the Riviera Maya and are looking for a supplier of refillable, tamper-proof wall dispensers with our branding. Please send a proposal including shipping to Mexico.",
      "SQL", "P2", "fit B (Mexico is outside targetCountries; resorts, 1,200, dispensers + branding); Director = director, decision maker; proposal request: HIGH -> SQL P2",
      phone="+52 984 803 2200", source="web_form")

    L("en", "buyer", "Emma Castellví-Grant", "emma@cansamaritana-hotel.com", "General Manager", "Can Samaritana Boutique Hotel", "Boutique hotel", "Sóller, Mallorca, Spain", 45,
      "Hi! We're opening in May after a full refurbishment and we'd love a full amenities range with our own branding (we're thinking natural, Mediterranean scents). Can we have a call next week to go through options and lead times?",
      "SQL", "P2", "fit A (hotel, 45 people, Spain, branded toiletries); General Manager = C_LEVEL, decision maker; asks for a call: HIGH -> SQL P2",
      source="web_form")

    L("es", "jobseeker", "Sergio Pastor", "sergiopastor.comercial@hotmail.com", "Comercial", None, None, "Valencia, España", None,
      "Hola, tengo 10 años de experiencia como comercial en el sector hotelero (textil y menaje). Me gustaría trabajar con vosotros, os adjunto mi currículum. Disponibilidad inmediata.",
      "DISQUALIFIED", "P4", "job seeker, not a buyer -> DISQUALIFIED",
      phone="655 201 778", source="web_form")

    L("es", "vendor", "Nuria Beltrán", "nbeltran@envasespetlevante.es", "Key Account Manager", "Envases PET Levante", "Fabricación de envases", "Ibi, Alicante, España", 140,
      "Buenos días, somos fabricantes de botellas y garrafas PET y HDPE. Creemos que podemos mejorar el precio de vuestros envases de 30 ml y de las garrafas de 5 L. ¿Con quién puedo hablar de compras?",
      "DISQUALIFIED", "P4", "a vendor selling packaging to the seller, not a buyer -> DISQUALIFIED",
      source="web_form")

    L("es", "competitor", "Óscar Rubio", "orubio@amenitiesdelmar.es", "Responsable Comercial", "Amenities del Mar", "Amenities hoteleros", "Málaga, España", 30,
      "Hola, ¿nos podéis enviar vuestro catálogo y tarifa de dispensadores? Gracias.",
      "DISQUALIFIED", "P4", "email domain is in competitorDomains (amenitiesdelmar.es): a competitor -> DISQUALIFIED",
      source="web_form")

    L("es", "private", "Claudia Herrero", "claudia.herrero.92@gmail.com", None, None, None, "Zaragoza, España", None,
      "Hola! Me caso en septiembre y quería regalar a los invitados unos mini kits de gel y champú con nuestros nombres, unas 120 unidades. ¿Lo hacéis? Un beso",
      "DISQUALIFIED", "P4", "a private person buying wedding favours: outside the profile, fit D -> DISQUALIFIED",
      source="web_form")

    L("es", "buyer-small", "Íñigo Arrieta", "info@asadorarrieta.com", "Propietario", "Asador Arrieta", "Restaurante", "Getaria, Gipuzkoa, España", 10,
      "Buenas, necesitamos dos dispensadores de jabón de manos y crema para los aseos del restaurante, algo bonito. Cuanto antes mejor porque los que hay están rotos.",
      "NURTURE", "P4", "fit C (a restaurant outside the target industries and 10 people, two weak; Spain and dispensers fine); 'cuanto antes' is urgent but fit C -> NURTURE P4",
      phone="943 140 502", source="web_form")

    L("es", "empty", "Pilar Echevarría", "pechevarria@grupohotelerocantabrico.es", "Directora General", "Grupo Hotelero Cantábrico", "Hotelería", "Santander, España", 240,
      "info",
      "REVIEW", "P3", "a plausible buyer (hotel group, 240, Spain, director) but 'info' is no content and nothing else shows a need -> REVIEW P3",
      source="web_form")

    L("en", "spam", "Best Deals", "deals@cheap-pharma24.ru", None, "Pharma24", None, None, None,
      "Buy cheap meds online no prescription!!! visit our site >>> cheap-pharma24 . ru <<< 80% OFF today only",
      "DISQUALIFIED", "P4", "spam -> DISQUALIFIED",
      source="web_form")

    L("es", "buyer", "Xosé Manuel Pazos", "gerencia@balnearioaguasdotea.es", "Gerente General", "Balneario Aguas do Tea", "Balneario / spa", "Mondariz, Pontevedra, España", 85,
      "Buenas tardes. Queremos cotización para una línea de cosmética con nuestra marca (gel, champú, loción corporal) para las 70 habitaciones y la zona termal. Nos importa que lleve algún ingrediente termal si es posible.",
      "SQL", "P2", "fit A (spa, 85, Spain, branded toiletries); Gerente General = C_LEVEL, decision maker; quote request: HIGH -> SQL P2",
      phone="+34 986 656 100", source="web_form")

    L("es", "buyer", "Marisa Ortega", "mortega@residenciassenior-vitalia.es", "Coordinadora de Compras", "Residencias Senior Vitalia", "Residencias de mayores", "Valladolid, España", 430,
      "Para el próximo trimestre estamos estudiando cambiar el suministro de jabones, geles y cremas de nuestras 9 residencias. Ahora compramos en grandes superficies y queremos algo centralizado con reposición. Estamos recogiendo ofertas.",
      "MQL", "P3", "fit A (senior residences, 430, Spain, toiletries + programmed supply); Coordinadora de Compras = MANAGER in purchasing, decision maker; next quarter, gathering offers: MEDIUM -> MQL P3",
      source="web_form")

    L("es", "future", "Ramón Afonso", "rafonso@hotelesatlantico-canarias.com", "Director Financiero", "Hoteles Atlántico Canarias", "Hotelería", "Las Palmas de Gran Canaria, España", 650,
      "Tenemos contrato con nuestro proveedor actual hasta finales del año que viene. Os agradecería el catálogo para tenerlo en cuenta cuando toque renovar, de momento nada más.",
      "NURTURE", "P4", "fit A (hotel group, 650, Spain, toiletries); Director = director, decision maker; current contract until the end of next year, catalogue only: LOW -> NURTURE P4",
      source="web_form")

    L("en", "incident", "Pau Riera", "pau.riera@balearicferries.com", "Head of Hotel Operations", "Balearic Ferries", "Passenger ferries", "Palma, Mallorca, Spain", 1500,
      "Our shipment of cabin amenity kits is stuck at customs and we have 10,000 kits missing for the Easter sailings. We need replacement stock delivered to Barcelona and Valencia ports by Friday. Can you do it? Please call me.",
      "SQL", "P1", "fit A (passenger ferries, 1,500, Spain, guest kits + delivery); Head of = director, decision maker; needed by Friday this week: CRITICAL -> SQL P1",
      phone="+34 971 405 300", source="web_form")

    L("es", "buyer", "Begoña Larrea", "blarrea@yopmail.com", "Directora de Hotel", "Hotel Abando", "Hotel", "Bilbao, España", 60,
      "Quisiera presupuesto de amenities personalizados para 90 habitaciones.",
      "DISQUALIFIED", "P4", "yopmail is a disposable email -> DISQUALIFIED whatever the need",
      source="web_form")

    L("es", "student", "Andrea Vidal", "andrea.vidal@alumni.uv.es", "Estudiante", "Universitat de València", "Turismo", "Valencia, España", None,
      "Hola, estoy haciendo mi TFG del grado en Turismo sobre la sostenibilidad de los amenities en hoteles de la Comunitat Valenciana. ¿Podría hacerle una entrevista de 15 minutos a alguien del equipo?",
      "DISQUALIFIED", "P4", "a student (TFG), not a buyer -> DISQUALIFIED",
      source="web_form")

    L("es", "partner", "Fernando Déniz", "fdeniz.agente@gmail.com", "Agente comercial autónomo", None, "Representación comercial", "Santa Cruz de Tenerife, España", 1,
      "Buenas, soy agente comercial en Tenerife y visito a muchos hoteles de la isla. Me ofrezco para representar vuestra marca a comisión (15% sobre ventas). Tengo cartera de más de 40 hoteles.",
      "DISQUALIFIED", "P4", "a sales agent after a commission, a partner and not a buyer -> DISQUALIFIED",
      phone="622 318 904", source="web_form")

    L("es", "buyer", "Raquel Soto Prieto", "rsoto@hotelesnazaricompras.es", "Analista de Compras", "Hoteles Nazarí", "Hotelería", "Granada, España", 280,
      "Me piden cotización urgente de amenities (gel, champú, kit dental) para la apertura del nuevo hotel de Málaga, 150 habitaciones. Necesito precios esta semana para pasárselos a dirección.",
      "MQL", "P3", "fit A (hotel chain, 280, Spain, toiletries + kits); Analista = USER, not a decision maker; urgent, this week: CRITICAL -> MQL P3",
      source="web_form")

    L("es", "buyer-offtarget", "Elena Casas", "ecasas@fitnesspark-centros.es", "Directora de Operaciones", "FitnessPark Centros Deportivos", "Gimnasios / centros deportivos", "Barcelona, España", 300,
      "Hola, tenemos 14 gimnasios y queremos instalar dispensadores de gel y champú rellenables en los vestuarios, con nuestra marca. ¿Nos podéis pasar presupuesto para los 14 centros?",
      "SQL", "P2", "fit B (gyms are outside the target industries; 300, Spain, branded dispensers); Directora = director, decision maker; quote request: HIGH -> SQL P2",
      phone="+34 932 110 467", source="web_form")

    L("es", "buyer-offtarget", "Martín Ibarra", "martin@posadadelviento.com.ar", "Dueño", "Posada del Viento", "Hotelería", "El Calafate, Santa Cruz, Argentina", 12,
      "Hola que tal, tenemos una posada de 18 habitaciones en El Calafate. Vimos su web y nos gustaron los dispensadores. Hacen envíos a Argentina? Pasenme precio por favor.",
      "NURTURE", "P4", "fit C (Argentina outside targetCountries and 12 people, two weak; hospitality and dispensers fine); price request but fit C -> NURTURE P4",
      source="web_form")

    L("es", "empty", "Jordi Puigdemasa", "jpuigdemasa@hotelrambles-bcn.com", "Jefe de Compras", "Hotel Rambles BCN", "Hotelería", "Barcelona, España", 75,
      None,
      "REVIEW", "P3", "no description; a purchasing manager at a Spanish hotel is a plausible buyer but nothing shows a need -> REVIEW P3",
      phone="+34 933 019 200", source="web_form")

    L("pt", "buyer-offtarget", "Renata Figueiredo", "renata.figueiredo@resortsnordeste.com.br", "Diretora de Suprimentos", "Resorts Nordeste", "Hotelaria / resorts", "Salvador, Bahia, Brasil", 900,
      "Olá, estamos avaliando fornecedores europeus de amenities personalizados para os nossos 4 resorts. Ainda não temos prazo definido, queremos entender custos de importação e prazos de entrega.",
      "MQL", "P3", "fit B (Brazil is outside targetCountries; resorts, 900, branded toiletries); Diretora = director, decision maker; evaluating, no deadline: MEDIUM -> MQL P3",
      source="web_form")

    L("es", "research", "Gabriel Mora", "gmora@hotelesmediterranea.com", "Sustainability Manager", "Hoteles Mediterránea", "Hotelería", "Palma, Mallorca, España", 900,
      "Estamos investigando el impacto de eliminar las monodosis en nuestros hoteles. ¿Tenéis datos de reducción de plástico y de consumo con los dispensadores? Es para un informe interno de sostenibilidad.",
      "NURTURE", "P4", "fit A (hotel group, 900, Spain, dispensers); Sustainability Manager = MANAGER outside the buyerAreas, influencer; research for an internal report: LOW -> NURTURE P4",
      source="web_form")

    L("es", "buyer", "Adrián Sanchis", "asanchis@valenciasuites.es", "CEO", "Valencia Suites Apartments", "Apartamentos turísticos", "Valencia, España", 35,
      "Gestionamos 180 apartamentos turísticos y queremos un proveedor fijo para los kits de bienvenida (gel, champú, jabón, kit dental). ¿Podemos tener una reunión en vuestras oficinas de Paterna?",
      "SQL", "P2", "fit A (tourist apartments, 35 people, Spain, guest kits + supply); CEO = C_LEVEL, decision maker; asks for a meeting: HIGH -> SQL P2",
      phone="+34 961 002 731", source="web_form")

    L("es", "past-incident", "Yolanda Crespo", "ycrespo@hotelcasarectoral.es", "Subdirectora", "Hotel Casa Rectoral", "Hotelería", "Salamanca, España", 65,
      "El verano pasado tuvimos varias quejas de clientes por reacciones alérgicas con el gel del proveedor anterior. Para este año estamos revisando opciones de cosmética hipoalergénica. ¿Qué líneas tenéis?",
      "MQL", "P3", "fit A (hotel, 65, Spain, toiletries); Subdirectora = DIRECTOR, decision maker; complaints were last summer, reviewing options for this year: MEDIUM -> MQL P3",
      source="web_form")

    L("es", "buyer", "Mario Guzmán", "reservas@hotelalameda", "Director de Hotel", "Hotel Alameda", "Hotel", "Córdoba, España", 40,
      "Hola, necesitamos precio de gel y champú en formato grande para dispensadores.",
      "DISQUALIFIED", "P4", "email domain has no dot: INVALID email -> DISQUALIFIED whatever the need",
      source="web_form")

    L("es", "empty", "ok", "precios.hotel@gmail.com", None, None, None, None, None,
      "precio",
      "DISQUALIFIED", "P4", "data quality POOR (name 'ok', free email, no company, role, location or industry, a one-word description) -> DISQUALIFIED",
      source="web_form")

    L("en", "buyer", "Oliver Hastings", "frontoffice@marbellagolfhotel.com", "Front Office Manager", "Marbella Golf Hotel", "Hospitality", "Marbella, Spain", 140,
      "Hi, we're looking for quotes for refillable wall dispensers for 160 rooms plus the spa changing rooms. Could you also tell us the minimum order for branded refills?",
      "MQL", "P3", "fit A (hotel, 140, Spain, dispensers + branded refills); Front Office Manager = MANAGER outside the buyerAreas, influencer; quote request: HIGH -> MQL P3",
      source="web_form")

    L("es", "future", "Covadonga Menéndez", "cova@hotelrural-lospicos.es", "Propietaria", "Hotel Rural Los Picos", "Turismo rural", "Cangas de Onís, Asturias, España", 18,
      "Hola, somos un hotel rural de 24 habitaciones. Nos planteamos a futuro dar una imagen más cuidada con amenities con nuestro logo, pero no sabemos si merece la pena con nuestro volumen. Nos gustaría saber cantidades mínimas.",
      "NURTURE", "P4", "fit B (rural hotel in Spain, branded toiletries, but 18 people: one weak); owner; 'a futuro', undecided: LOW -> NURTURE P4",
      source="web_form")

    L("es", "buyer", "Laura Miró", "lmiro@hotelsagrada-bcn.com", "Directora General", "Hotel Sagrada BCN", "Hotelería", "Barcelona, España", 55,
      "Hola, we need a quote para amenities con logo, 110 rooms. Gel, champú y body lotion en formato 40ml, y kit dental. Please send también el lead time, gracias!",
      "SQL", "P2", "fit A (hotel, 55, Spain, branded toiletries + kits); Directora General = C_LEVEL, decision maker; quote request (mixed Spanish/English): HIGH -> SQL P2",
      source="web_form")

    L("es", "buyer", "Alejandro Cuesta", "acuesta@grupohotelesnorte.es", "Técnico de Compras", "Grupo Hoteles Norte", "Hotelería", "Oviedo, España", 210,
      "Buenos días, solicito muestras y tarifa de kits de acogida y zapatillas para 5 hoteles del grupo. Adjunto consumos aproximados del último año.",
      "MQL", "P3", "fit A (hotel group, 210, Spain, guest kits); Técnico = TECHNICAL, influencer (not a purchasing manager); samples + price list: HIGH -> MQL P3",
      source="web_form")

    L("es", "buyer-offtarget", "Silvia Navarro", "hola@lunacosmeticanatural.es", "Fundadora", "Luna Cosmética Natural", "E-commerce cosmética", "Murcia, España", 2,
      "Hola! Vendo cosmética natural por Instagram y Amazon y busco fabricante para hacer gel y champú con mi marca (marca blanca). Pedidos pequeños para empezar. ¿Trabajáis así?",
      "NURTURE", "P4", "fit C (an online cosmetics shop outside the target industries and 2 people, two weak; Spain and custom cosmetics fine); no timeline: LOW; fit C -> NURTURE P4",
      source="web_form")

    L("pt", "buyer", "Duarte Vasconcelos", "dvasconcelos@atlanticislandhotels.pt", "Diretor de Operações", "Atlantic Island Hotels", "Hotelaria", "Funchal, Madeira, Portugal", 340,
      "Estamos a planear para o próximo trimestre a mudança de fornecedor de amenities nos nossos 3 hotéis da Madeira. Nesta fase estamos a comparar 3 ou 4 empresas. Fazem entregas nas ilhas?",
      "MQL", "P3", "fit A (hotel group, 340, Portugal, toiletries + delivery); Diretor = director, decision maker; next quarter, comparing: MEDIUM -> MQL P3",
      source="web_form")

    L("en", "research", "Jennifer Walsh", "jwalsh@harborlinehotels.com", "VP Procurement", "Harborline Hotels", "Hospitality", "Boston, MA, USA", 2400,
      "Hi, just doing some market research on European suppliers of refillable amenity systems for a possible future program. No immediate plans.",
      "NURTURE", "P4", "fit B (USA is outside targetCountries; hotel group, 2,400, dispensers); VP = director, decision maker; market research, no plans: LOW -> NURTURE P4",
      source="web_form")

    L("es", "incident", "Enric Sabaté", "direccio@hotelcostadaurada.cat", "Director de Hotel", "Hotel Costa Daurada", "Hotel", "Salou, Tarragona, España", 130,
      "Urgente: una inspección de consumo nos ha obligado a retirar todos los geles de las habitaciones por un problema de etiquetado del proveedor. Tenemos el hotel lleno. Necesitamos reposición cuanto antes con etiquetado correcto, ¿podéis servir mañana?",
      "SQL", "P1", "fit A (hotel, 130, Spain, toiletries); Director = director, decision maker; withdrawn stock now, 'urgente', delivery tomorrow: CRITICAL -> SQL P1",
      phone="+34 977 380 215", source="web_form")

    L("en", "vendor", "Chloe Martin", "chloe@chloemartin.design", "Freelance Packaging Designer", "Chloe Martin Design", "Graphic design", "Lisbon, Portugal", 1,
      "Hi Brisa team! I'm a freelance packaging designer specialised in cosmetics. I noticed your bottles could look more premium. I'd love to show you my portfolio and offer a redesign of your range.",
      "DISQUALIFIED", "P4", "a freelancer selling design services to the seller, not a buyer -> DISQUALIFIED",
      source="web_form")
