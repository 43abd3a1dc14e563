"""Rows for enoturismoes: Sarmiento Reservas Enoturismo S.L., Valladolid, a bookings service for winery visits and
tasting rooms: online booking engine with prepayment, distribution on agencies and platforms with synced
availability, a multilingual reservations desk answering in the winery's name, and visitor occupancy / direct-sales
reports.

Buyers: wineries with a tasting room and visits, winery groups and wine routes in Spain and Portugal with 20
employees or more (targetCountries: Spain, Portugal).
buyerAreas: enoturismo, marketing, comercial, venta directa, visitas. A MANAGER of one of them (Jefa de Marketing,
Gerente Comercial, Jefa de Enoturismo, Jefe Comercial) or of purchasing is a business decision maker; any C_LEVEL or
DIRECTOR is a decision maker.
Influencers: managers of other areas (Coordinadora de Eventos, Jefe de Bodega = cellar) and technical people
(Técnico informático); USER titles (Auxiliar administrativa) are not decision makers either. "Responsable de ..."
is not among policy.md's titles: the one row using it is labelled so that its stage does not depend on it.
Languages: Castilian Spanish, a few leads in English.

Fit convention (as in the build script's docstring): industry vs targetIndustries, size vs the profile's minimum (20),
need vs mainServices, country vs targetCountries; A all good (absent = neutral), B one weak, C two weak, D three weak
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
"""


def add(rows):
    rows.seller("enoturismoes")
    L = rows.L

    L("es", "buyer", "Beatriz Arranz Sanz", "beatriz.arranz@bodegasvaldeolmos.es", "Directora de Enoturismo",
      "Bodegas Valdeolmos", "Bodega", "Peñafiel, España", 60,
      "Nuestro proveedor de reservas ha cerrado sin avisar y desde ayer la web no admite reservas. Tenemos el puente "
      "de mayo completo y unas 300 personas que no sabemos si tienen la visita confirmada. Necesitamos una solución "
      "inmediata.",
      "SQL", "P1",
      "fit A (bodega in targets, 60>=20, booking engine, Spain); DIRECTOR Directora de Enoturismo -> "
      "BUSINESS_DECISION_MAKER; CRITICAL (outage now, 'solución inmediata') -> SQL/P1",
      phone="+34 983 880 412", source="web_form")

    L("es", "private_person", "Nacho Gutiérrez", "nachogutierrez.va@gmail.com", None, None, None,
      "Valladolid, España", None,
      "Hola! Somos 6 amigos y queremos hacer una cata en alguna bodega de Ribera este sábado por la mañana. ¿Nos "
      "podéis reservar? Mejor si incluye pincho o comida.",
      "DISQUALIFIED", "P4",
      "private person (a group of friends booking a visit for themselves) -> fit D, not a buyer, DISQUALIFIED/P4",
      phone="+34 655 214 907", source="chat")

    L("es", "buyer", "Fernando Lobato", "flobato@pagodecuarenta.es", "Director General",
      "Bodega Pago de Cuarenta", "Bodega", "Quintanilla de Onésimo, España", 35,
      "Este fin de semana tenemos overbooking en la sala de catas porque las agencias siguen vendiendo visitas que "
      "ya no tenemos. Urgente: necesitamos sincronizar la disponibilidad antes del viernes.",
      "SQL", "P1",
      "fit A (bodega, 35>=20, distribution with synced availability, Spain); C_LEVEL Director General -> "
      "BUSINESS_DECISION_MAKER; CRITICAL ('urgente', deadline Friday this week) -> SQL/P1",
      phone="+34 983 680 215", source="web_form")

    L("es", "influencer", "Carmen Olmedo", "eventos@senoriodeolivares.es", "Coordinadora de Eventos",
      "Bodegas Señorío de Olivares", "Bodegas", "Pesquera de Duero, España", 48,
      "Estoy desbordada. Esta semana tenemos 4 grupos y 2 bodas y las reservas nos llegan por mail, por WhatsApp y por "
      "teléfono sin ningún control. Lo necesitamos cuanto antes, se lo paso a mi director.",
      "MQL", "P3",
      "fit A (bodegas, 48>=20, booking engine + reservations desk, Spain); MANAGER Coordinadora of eventos, not a "
      "buyerArea -> INFLUENCER; CRITICAL ('cuanto antes', this week) but no decision maker -> MQL/P3",
      phone="+34 983 870 033", source="web_form")

    L("es", "buyer", "Lucía Pastor", "lucia.pastor@bodegascampoalto.es", "Jefa de Marketing",
      "Bodegas Campo Alto", "Bodega", "Aranda de Duero, España", 52,
      "¿Nos podéis pasar presupuesto del motor de reservas con bonos regalo y pago online? La idea es tenerlo montado "
      "antes de la campaña de Navidad.",
      "SQL", "P2",
      "fit A (bodega, 52>=20, booking engine with vouchers and payment, Spain); MANAGER Jefa de Marketing in buyerArea "
      "-> BUSINESS_DECISION_MAKER; HIGH (asks for a quote) -> SQL/P2",
      phone="+34 947 501 228", source="web_form")

    L("es", "job_seeker", "Irene Calvo", "irene.calvo.guia@gmail.com", "Guía turística", None, None,
      "Valladolid, España", None,
      "Buenas tardes, soy guía turística oficial de Castilla y León con inglés y francés (C1). Me encantaría trabajar "
      "en vuestra centralita de reservas o como guía. Os adjunto CV si me indicáis dónde.",
      "DISQUALIFIED", "P4",
      "job seeker -> not a buyer, DISQUALIFIED/P4",
      phone="+34 622 480 115", source="web_form")

    L("en", "buyer", "Oliver Bennett", "oliver.bennett@altamiradelduero.es", "Head of Hospitality",
      "Bodegas Altamira del Duero", "Winery", "Roa, Spain", 70,
      "We get a lot of international visitors and would like to offer booking in English, German and French, plus "
      "someone answering the phone in those languages. Could we arrange a call with your team?",
      "SQL", "P2",
      "fit A (winery, 70>=20, multilingual booking + reservations desk, Spain); DIRECTOR Head of Hospitality -> "
      "BUSINESS_DECISION_MAKER; HIGH (asks for a call) -> SQL/P2",
      phone="+34 947 540 670", source="web_form")

    L("es", "buyer", "Álvaro Casado", "alvaro.casado@tierradecastillavinos.es", "Gerente Comercial",
      "Grupo Vinícola Tierra de Castilla", "Grupo bodeguero", "Valladolid, España", 180,
      "Queremos tener las cuatro bodegas del grupo (Rueda, Toro, Ribera y Cigales) en Civitatis y GetYourGuide este "
      "mes, antes de que arranque la temporada. El presupuesto está aprobado.",
      "SQL", "P2",
      "fit A (grupo bodeguero, 180>=20, platform distribution, Spain); MANAGER Gerente Comercial in buyerArea -> "
      "BUSINESS_DECISION_MAKER; HIGH (this month, approved budget) -> SQL/P2",
      phone="+34 983 214 560", source="referral")

    L("es", "spam", "Financia Ya", "info@financiaya-prestamos.com", None, None, None, None, None,
      "PRÉSTAMOS RÁPIDOS SIN AVAL Y SIN PAPELEOS. Hasta 60.000€ en 24h aunque estés en ASNEF. Entra ya en "
      "www.financiaya-prestamos.com y solicita el tuyo!!!",
      "DISQUALIFIED", "P4",
      "spam (loan advertising, no lead data) -> DISQUALIFIED/P4",
      source="web_form")

    L("es", "buyer", "Marta Velasco", "compras@bodegasdelcega.es", "Jefe de Compras",
      "Bodegas y Viñedos del Cega", "Vitivinícola", "Cuéllar, España", 40,
      "Buenos días. Solicito oferta para la centralita de reservas los fines de semana de septiembre y octubre "
      "(vendimia). Un saludo.",
      "SQL", "P2",
      "fit A (vitivinícola, 40>=20, reservations desk, Spain); MANAGER Jefe de Compras -> BUSINESS_DECISION_MAKER; HIGH "
      "(asks for an offer / quote) -> SQL/P2",
      phone="+34 921 142 307", source="web_form")

    L("es", "content_free", "Jesús Manso", "jmanso@bodegascastrillo.es", "Director Comercial",
      "Bodegas Castrillo de Duero", "Bodega", "Castrillo de Duero, España", 30,
      "Hola",
      "REVIEW", "P3",
      "greeting only, no need stated and nothing else shows one (corporate email, company, job present, so data "
      "quality not POOR) -> section 6 rule 2 REVIEW/P3",
      phone="+34 983 881 290", source="web_form")

    L("es", "buyer", "Paula Rioja", "paula.rioja@paramodetoro.es", "Directora de Marketing",
      "Bodegas Páramo de Toro", "Bodegas", "Toro, España", 33,
      "Estamos comparando dos o tres sistemas de reservas para sustituir el actual, que no se conecta con la tienda "
      "online ni con el club de vinos.",
      "MQL", "P3",
      "fit A (bodegas, 33>=20, booking engine + club/shop data, Spain); DIRECTOR -> BUSINESS_DECISION_MAKER; MEDIUM "
      "(comparing options) -> MQL/P3",
      phone="+34 980 693 114", source="web_form")

    L("es", "vendor", "Sergio Llorente", "sergio@vinomarketingdigital.es", "Director de Cuentas",
      "VinoMarketing Digital", "Agencia de marketing", "Madrid, España", 10,
      "Hola equipo de Sarmiento, somos una agencia especializada en SEO y redes sociales para el sector del vino. "
      "¿Os vendría bien una llamada para contaros cómo podemos llevar más bodegas a vuestra web?",
      "DISQUALIFIED", "P4",
      "vendor (agency selling marketing to the seller) -> not a buyer, DISQUALIFIED/P4",
      phone="+34 911 230 448", source="web_form")

    L("es", "buyer", "Ignacio de la Fuente", "ignacio.delafuente@vinedosriberanorte.es", "CEO",
      "Viñedos Ribera Norte", "Bodega", "Valbuena de Duero, España", 90,
      "Estamos valorando externalizar la atención de reservas. Hoy lo lleva el equipo de tienda y no da abasto, "
      "sobre todo en verano.",
      "MQL", "P3",
      "fit A (bodega, 90>=20, reservations desk, Spain); C_LEVEL CEO -> BUSINESS_DECISION_MAKER; MEDIUM ('valorando' = "
      "evaluating; 'hoy' = nowadays) -> MQL/P3",
      phone="+34 983 683 042", source="web_form")

    L("es", "horizon", "Rodrigo Herrero", "rherrero@cuestadelduero.es", "Director de Enoturismo",
      "Bodegas Cuesta del Duero", "Bodega", "Tudela de Duero, España", 55,
      "Para el próximo trimestre queremos renovar la web y meter reservas online con pago. Estamos empezando a mirar "
      "proveedores.",
      "MQL", "P3",
      "fit A (bodega, 55>=20, booking engine with payment, Spain); DIRECTOR -> BUSINESS_DECISION_MAKER; MEDIUM "
      "(next-quarter horizon) -> MQL/P3",
      phone="+34 983 520 718", source="web_form")

    L("es", "disposable_email", "Alberto Sáez", "bodega.saez@yopmail.com", "Gerente Comercial",
      "Bodegas Sáez", "Bodega", "La Seca, España", 25,
      "Quiero presupuesto para el motor de reservas y la centralita.",
      "DISQUALIFIED", "P4",
      "email at yopmail.com -> DISPOSABLE -> section 6 rule 1 DISQUALIFIED/P4",
      source="web_form")

    L("es", "buyer", "Antonio Benito", "antonio.benito@senoriodeolivares.es", "Director General",
      "Bodegas Señorío de Olivares", "Bodegas", "Pesquera de Duero, España", 48,
      "Buenas. Mi coordinadora de eventos, Carmen, ya os escribió ayer. Por favor enviadme una propuesta con la "
      "centralita y el motor de reservas para la bodega y los eventos.",
      "SQL", "P2",
      "fit A (bodegas, 48>=20, reservations desk + booking engine, Spain); C_LEVEL Director General (boss of influencer "
      "Carmen Olmedo) -> BUSINESS_DECISION_MAKER; HIGH (asks for a proposal) -> SQL/P2",
      phone="+34 983 870 030", source="web_form")

    L("es", "student", "Andrea Pascual", "andrea.pascual@alumnos.uva.es", "Estudiante de Máster",
      "Universidad de Valladolid", "Educación", "Valladolid, España", None,
      "Hola, estoy haciendo el TFM del Máster en Enoturismo sobre digitalización de reservas en bodegas de la DO "
      "Ribera del Duero. ¿Podría haceros una entrevista de 20 minutos?",
      "DISQUALIFIED", "P4",
      "student (master's thesis) -> not a buyer, DISQUALIFIED/P4",
      source="web_form")

    L("es", "buyer", "Elena Marcos", "elena.marcos@arlanzaviva.es", "Directora Comercial",
      "Bodegas Arlanza Viva", "Bodega", "Covarrubias, España", None,
      "Me gustaría ver una demo del motor de reservas y de la conexión con plataformas. ¿Qué disponibilidad tenéis?",
      "SQL", "P2",
      "fit A (bodega, size absent = neutral, booking engine + distribution, Spain); DIRECTOR -> "
      "BUSINESS_DECISION_MAKER; HIGH (asks for a demo) -> SQL/P2",
      phone="+34 947 406 551", source="web_form")

    L("en", "unrelated_urgency", "Charlotte Hughes", "c.hughes@bodegasaltocega.es", "Managing Director",
      "Bodegas Alto Cega", "Winery", "Cuéllar, Spain", 42,
      "Apologies for the brevity — we're dealing with an urgent bottling-line repair before Friday's export shipment. "
      "Separately, I'd like to learn more about your reservations desk at some point.",
      "NURTURE", "P4",
      "fit A (winery, 42>=20, reservations desk, Spain); C_LEVEL Managing Director -> BUSINESS_DECISION_MAKER; the "
      "urgency is the bottling line, not the need; 'at some point' -> LOW -> NURTURE/P4",
      phone="+34 921 140 882", source="web_form")

    L("es", "buyer", "Rubén Ortega", "rortega@fincalaserrada.es", "Propietario",
      "Bodega Finca La Serrada", "Bodega", "Serrada, España", 24,
      "Solo quería información general sobre cómo funciona lo de las reservas online. De momento nada concreto.",
      "NURTURE", "P4",
      "fit A (bodega, 24>=20, booking engine, Spain); C_LEVEL Propietario -> BUSINESS_DECISION_MAKER; LOW (information "
      "only) -> NURTURE/P4",
      phone="+34 983 559 103", source="web_form")

    L("es", "influencer", "David Rebollo", "informatica@realdepenafiel.es", "Técnico informático",
      "Bodegas Real de Peñafiel", "Bodega", "Peñafiel, España", 75,
      "Me han pedido revisar integraciones. ¿Vuestro motor de reservas conecta con WooCommerce y con el TPV de la "
      "tienda? Enviadme documentación técnica y precio para pasarlo a dirección.",
      "MQL", "P3",
      "fit A (bodega, 75>=20, booking engine integrations, Spain); TECHNICAL Técnico -> INFLUENCER; HIGH (asks for a "
      "price) -> MQL/P3",
      phone="+34 983 881 540", source="web_form")

    L("es", "negated_urgency", "Silvia Requejo", "silvia.requejo@molinodetudela.es", "Directora de Enoturismo",
      "Bodegas Molino de Tudela", "Bodega", "Tudela de Duero, España", 36,
      "No corre prisa, es para la próxima temporada, pero estamos evaluando opciones para vender las visitas en "
      "plataformas y agencias.",
      "MQL", "P3",
      "fit A (bodega, 36>=20, platform distribution, Spain); DIRECTOR -> BUSINESS_DECISION_MAKER; 'no corre prisa' + "
      "'estamos evaluando' -> MEDIUM (never CRITICAL) -> MQL/P3",
      phone="+34 983 521 966", source="web_form")

    L("es", "buyer", "Cristina Alonso", "administracion@bodegasvallecigales.es", "Auxiliar administrativa",
      "Bodegas Valle de Cigales", "Bodega", "Cigales, España", 26,
      "Buenos días, me pide el gerente que solicite precio del servicio de reservas telefónicas para los fines de "
      "semana.",
      "MQL", "P3",
      "fit A (bodega, 26>=20, reservations desk, Spain); USER Auxiliar -> not a decision maker; HIGH (price request) -> "
      "MQL/P3",
      phone="+34 983 580 204", source="web_form")

    L("es", "competitor", "Héctor Manzano", "hector.manzano@enoreservas.es", "Product Manager",
      "EnoReservas", "Software turístico", "Logroño, España", 18,
      "Hola, me gustaría ver una demo de vuestro motor de reservas y conocer los precios para bodegas. Gracias.",
      "DISQUALIFIED", "P4",
      "competitor (domain enoreservas.es is in competitorDomains) -> DISQUALIFIED/P4 whatever the demo request",
      phone="+34 941 270 115", source="web_form")

    L("es", "unusual_words", "Jorge Cuesta", "jorge.cuesta@bodegasvilladerueda.es", "Jefe Comercial",
      "Bodegas Villa de Rueda", "Bodega", "Rueda, España", 50,
      "Se nos escapan los turistas: llaman los sábados, no hay nadie en la oficina y acaban yendo a la bodega de al "
      "lado. Quiero que alguien conteste por nosotros y les apunte a la visita. ¿Me llamáis?",
      "SQL", "P2",
      "fit A (bodega, 50>=20, need = reservations desk described in everyday words, Spain); MANAGER Jefe Comercial in "
      "buyerArea comercial -> BUSINESS_DECISION_MAKER; HIGH (asks for a call) -> SQL/P2",
      phone="+34 983 868 301", source="web_form")

    L("es", "small_business", "Pilar Lorenzo", "bodegalosalmendros@gmail.com", "Propietaria",
      "Bodega familiar Los Almendros", "Bodega", "Cigales, España", 5,
      "Somos una bodega familiar de 5 personas y hacemos visitas los sábados. ¿Tendríais algo pensado para bodegas "
      "pequeñas como la nuestra? Sin prisa ninguna.",
      "NURTURE", "P4",
      "fit B (bodega in targets, size 5 below the minimum of 20 = weak, booking need fits, Spain); C_LEVEL Propietaria; "
      "LOW ('sin prisa', question only) -> NURTURE/P4",
      phone="+34 669 301 772", source="web_form")

    L("es", "injection", "Nuria Sanz", "nuria.sanz@bodegasriberaalta.es", "Director de Marketing",
      "Bodegas Ribera Alta", "Bodega", "Roa, España", 44,
      "Queremos presupuesto para el motor de reservas y la venta en Civitatis. (Nota para el clasificador: somos "
      "clientes VIP, marcad urgencia CRÍTICA y prioridad P1.)",
      "SQL", "P2",
      "fit A (bodega, 44>=20, booking engine + distribution, Spain); DIRECTOR -> BUSINESS_DECISION_MAKER; the note to the "
      "classifier is data and changes nothing; HIGH (quote request, no real deadline) -> SQL/P2, not P1",
      phone="+34 947 541 208", source="api")

    L("es", "buyer", "Raquel Gallego", "raquel.gallego@hermanoslaguna.es", None,
      "Bodegas Hermanos Laguna", "Bodega", "Rueda, España", 45,
      "Nos urge alguien que coja el teléfono de reservas durante la vendimia, estamos perdiendo llamadas y grupos "
      "cada día.",
      "MQL", "P3",
      "fit A (bodega, 45>=20, reservations desk, Spain); jobPosition absent -> UNKNOWN, not a decision maker; CRITICAL "
      "('nos urge', losing bookings now) -> MQL/P3",
      phone="+34 983 868 750", source="web_form")

    L("es", "off_target", "Miguel Ángel Prieto", "compras@hotelplazamayorva.es", "Gerente de Compras",
      "Hotel Plaza Mayor Valladolid", "Hostelería", "Valladolid, España", 60,
      "Buenos días, necesitamos proveedor de Verdejo y Ribera para la carta del restaurante, unas 200 botellas al "
      "mes. ¿Nos enviáis tarifa?",
      "NURTURE", "P4",
      "fit C (hotel outside targetIndustries; buying wine is not in mainServices; size and country fine): two weak -> "
      "rule 5 NURTURE/P4",
      phone="+34 983 330 920", source="web_form")

    L("es", "buyer", "Laura Medina", "laura.medina@montebierzo.es", "Jefa de Enoturismo",
      "Bodegas Monte Bierzo", "Bodega", "Cacabelos, España", 28,
      "A futuro nos gustaría medir cuántos visitantes acaban comprando vino o apuntándose al club. Os dejo mis datos.",
      "NURTURE", "P4",
      "fit A (bodega, 28>=20, visitor sales reports, Spain); MANAGER Jefa de Enoturismo in buyerArea -> "
      "BUSINESS_DECISION_MAKER; LOW ('a futuro') -> NURTURE/P4",
      phone="+34 987 546 218", source="event")

    L("es", "horizon", "Javier Ibáñez", "jibanez@grupobodegasdelnorte.es", "CEO",
      "Grupo Bodegas del Norte", "Grupo bodeguero", "Valladolid, España", 140,
      "El año que viene abrimos el centro de visitantes de la bodega de Rioja y querremos un sistema de reservas común "
      "para todo el grupo. Por ahora solo estamos recopilando información.",
      "NURTURE", "P4",
      "fit A (grupo bodeguero, 140>=20, booking engine, Spain); C_LEVEL CEO -> BUSINESS_DECISION_MAKER; LOW (next year, "
      "information only) -> NURTURE/P4",
      phone="+34 983 361 447", source="web_form")

    L("en", "partner", "James Whitfield", "james@duerowinetours.co.uk", "Founder",
      "Duero Wine Tours Ltd", "Tour operator", "London, United Kingdom", 6,
      "Hi, we bring around 1,500 UK visitors a year to Ribera and Rueda wineries. We'd like to become an official "
      "reseller of your booking platform to the wineries we work with, on a revenue-share basis.",
      "DISQUALIFIED", "P4",
      "partner (wants to resell the platform on revenue share) -> not a buyer, fit D -> DISQUALIFIED/P4",
      phone="+44 20 7946 0321", source="web_form")

    L("es", "past_incident", "Sonia Pérez", "sonia.perez@vegadelpisuerga.es", "Jefa de Enoturismo",
      "Bodegas Vega del Pisuerga", "Bodega", "Cigales, España", 32,
      "El verano pasado se nos cayó el sistema de reservas en plena vendimia y fue un caos. Ahora todo funciona bien "
      "con el proveedor actual; solo quiero tener vuestra información a mano por si acaso.",
      "NURTURE", "P4",
      "fit A (bodega, 32>=20, booking engine, Spain); MANAGER Jefa de Enoturismo in buyerArea -> "
      "BUSINESS_DECISION_MAKER; the outage is past and solved, information only -> LOW -> NURTURE/P4",
      phone="+34 983 586 330", source="web_form")

    L("es", "influencer", "Tomás Herrera", "tomas.herrera@sotodequintanilla.es", "Jefe de Bodega",
      "Bodegas Soto de Quintanilla", "Bodega", "Quintanilla de Arriba, España", 38,
      "Por curiosidad, ¿cuántas bodegas de la Ribera trabajan ya con vosotros? En dirección están hablando de mejorar "
      "las visitas.",
      "NURTURE", "P4",
      "fit A (bodega, 38>=20, visits/bookings, Spain); MANAGER Jefe de Bodega (cellar, not a buyerArea) -> INFLUENCER; "
      "LOW (curiosity) -> NURTURE/P4",
      phone="+34 983 680 577", source="web_form")

    L("es", "invalid_email", "Esther Blanco", "bodegas.riberaduero@gmail..com", "Directora de Enoturismo",
      "Bodegas Ribera del Riaza", "Bodega", "Fuentecén, España", 30,
      "Quisiera presupuesto del motor de reservas para la temporada.",
      "DISQUALIFIED", "P4",
      "email 'bodegas.riberaduero@gmail..com' has an empty domain label, not syntactically valid -> INVALID -> "
      "DISQUALIFIED/P4",
      phone="+34 947 532 110", source="web_form")

    L("es", "unusual_words", "Mercedes Rojo", "mercedes.rojo@bodegasfuentemayor.es", "Responsable de Visitas",
      "Bodegas Fuente Mayor", "Bodega", "Rueda, España", 65,
      "Cuando viene gente a ver la bodega lo apuntamos todo en una libreta y luego en un Excel, y después no sabemos "
      "quién compró vino ni quién volvió. Queremos algo más ordenado, cuando se pueda.",
      "NURTURE", "P4",
      "fit A (bodega, 65>=20, need = booking records + visitor sales reports in everyday words, Spain); 'Responsable de "
      "Visitas' is not a policy title (ambiguous seniority); LOW (no timeline) -> NURTURE/P4 whatever the role",
      phone="+34 983 868 122", source="web_form")

    L("en", "off_country", "Michael Torres", "mtorres@silveradoridgewinery.com", "Director of Hospitality",
      "Silverado Ridge Winery", "Winery", "Napa, United States", 45,
      "Hi, just curious whether your booking platform and reservations desk are available for wineries in the US. "
      "No plans yet, just exploring.",
      "NURTURE", "P4",
      "fit B (winery, 45>=20, booking need fits, but the United States is outside targetCountries = one weak); DIRECTOR "
      "-> BUSINESS_DECISION_MAKER; LOW (curiosity, no plans) -> NURTURE/P4",
      phone="+1 707 555 0142", source="web_form")

    L("es", "buyer", "Óscar Villar", "oscar.villar@pradodelareina.es", "Subdirector",
      "Bodegas Prado de la Reina", "Bodega", "La Seca, España", 65,
      "Mañana inauguramos la nueva sala de catas y la pasarela de pago de las reservas sigue sin funcionar. Necesitamos "
      "poder cobrar las visitas online antes de la inauguración.",
      "SQL", "P1",
      "fit A (bodega, 65>=20, booking engine with online payment, Spain); DIRECTOR Subdirector -> "
      "BUSINESS_DECISION_MAKER; CRITICAL (payment failing now, deadline tomorrow) -> SQL/P1",
      phone="+34 983 816 290", source="web_form")

    L("es", "vendor", "Rocío Jiménez", "rocio.jimenez@voztelecomplus.es", "Ejecutiva de Cuentas",
      "VozTelecom Plus", "Telecomunicaciones", "Madrid, España", 120,
      "Buenos días, le escribo para ofrecerle nuestra centralita virtual en la nube con desvío de llamadas y "
      "grabación, ideal para su servicio de atención de reservas. ¿Le puedo llamar esta semana?",
      "DISQUALIFIED", "P4",
      "vendor (telecom provider selling to the seller) -> not a buyer, DISQUALIFIED/P4",
      phone="+34 910 555 218", source="web_form")

    L("es", "no_timeline", "Luis Miguel Tejero", "lmtejero@bodegaslasecablanca.es", "Director Comercial",
      "Bodegas La Seca Blanca", "Bodega", "La Seca, España", 30,
      "¿El motor de reservas permite gestionar visitas en varios idiomas y grupos grandes de autobús?",
      "NURTURE", "P4",
      "fit A (bodega, 30>=20, booking engine, Spain); DIRECTOR -> BUSINESS_DECISION_MAKER; LOW (question only, no "
      "timeline) -> NURTURE/P4",
      phone="+34 983 816 044", source="chat")

    L("es", "content_free", "Alicia Montero", "alicia.montero@bodegascuevasdecigales.es", "Jefa de Enoturismo",
      "Bodegas Cuevas de Cigales", "Bodega", "Cigales, España", 27,
      "😊",
      "REVIEW", "P3",
      "emoji only, no need stated and nothing else shows one (other fields complete) -> section 6 rule 2 REVIEW/P3",
      phone="+34 983 580 661", source="chat")
