#!/usr/bin/env python3
"""Writes holdout5.jsonl: a fifth, fresh generalisation holdout for three sellers nobody had used (cozinhapos,
climatec, viajacorp; profiles in ./profiles/).

Written and labelled by /work/shared/policy.md alone (sections 1-7, buyerAreas, section 6's non-buyers) and the
conventions of the earlier sets (fit A: all four signals good; B: one weak; C: two weak; D: not a buyer), without
reading the engine's code or running it. Every lead is split `holdout5`: it is a measuring set, not a tuning set. Run:
    python3 build-holdout5.py
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import L, write  # noqa: E402


# ------------------------------------------- cozinhapos: Brazilian POS + KDS + delivery integration SaaS for restaurant chains (Brazil)
L("k01","pt","buyer-area","Renata Vasconcelos","renata.vasconcelos@brasagrill.com.br","Gerente de Operações","Brasa Grill Hamburgueria","Fast food","Campinas, Brazil",480,
  "Bom dia. Somos uma rede de 22 hamburguerias em Campinas e região. Desde ontem à noite o PDV que usamos não abre em 6 lojas, estamos anotando pedido no papel e o que vem do iFood não entra no caixa. Preciso falar com alguém de vocês hoje ainda, queremos trocar de sistema o quanto antes.",
  "SQL","P1","fit A (QSR chain of 22 stores, Brazil, POS + delivery); operations is a buyer area, so the Gerente de Operações decides; POS down now, today, 'o quanto antes': CRITICAL",
  phone="+55 19 99642-3187")
L("k02","pt","buyer","Thiago Marcondes","thiago.marcondes@acaidaserra.com.br","CFO","Açaí da Serra Franquias","Franquias de alimentação","Curitiba, Brazil",420,
  "Temos 64 franquias e 5 lojas próprias. Hoje cada franqueado usa um caixa diferente e o cálculo dos royalties sai de planilha. Queremos uma proposta para padronizar o PDV em toda a rede, com painel para a franqueadora. O conselho já aprovou o orçamento e a ideia é contratar ainda este mês.",
  "SQL","P2","fit A (food franchise network, POS + central management); C-level; proposal, approved budget, this month: HIGH")
L("k03","en","buyer","Ryan Caldwell","ryan.caldwell@graopaulista.com.br","COO","Grão Paulista Cafés","Coffee shops","São Paulo, Brazil",650,
  "Hi there, I'm the COO of Grão Paulista, we run 31 coffee shops in São Paulo and Campinas. Our baristas still call orders out loud and every store keeps its own menu file, which is a nightmare whenever prices change. We'd like to see your POS and kitchen display in action - could your team do a demo in the next two weeks?",
  "SQL","P2","fit A (café chain of 31, POS + KDS + central menu); C-level; demo within two weeks: HIGH", source="web_form")
L("k04","pt","buyer-area","Fábio Nogueira","fabio.nogueira@bellanapoli.com.br","Gerente de Expansão","Bella Napoli Pizzarias","Restaurantes","Belo Horizonte, Brazil",310,
  "Estamos com 14 pizzarias e vamos inaugurar mais 8 até dezembro. Não quero levar o sistema antigo pras lojas novas. Vocês podem me mandar uma proposta com o valor de implantação por loja? Tenho reunião com os sócios daqui a duas semanas pra bater o martelo.",
  "SQL","P2","fit A; expansion is a buyer area, so the Gerente de Expansão decides; proposal for a decision meeting in two weeks: HIGH")
L("k05","pt","buyer","Kenji Takahashi","kenji@sushiya.com.br","Sócio-fundador","Sushiya Restaurantes","Restaurantes","São Paulo, Brazil",260,
  "Temos 9 restaurantes de comida japonesa e a cozinha vive atrasando pq as comandas de papel somem no meio do rush. Queremos tela na cozinha e os pedidos do iFood e da Rappi caindo direto nela. Consegue me ligar pra gente marcar uma demonstração?",
  "SQL","P2","fit A (9 restaurants, KDS + delivery integration); Sócio-fundador = founder (C-level); asks a call and a demo: HIGH", source="chat")
L("k06","pt","unusual-words","Maria Aparecida Godoy","cida.godoy@padariasdouradas.com.br","Diretora Executiva","Padarias Douradas","Padarias e cafeterias","Ribeirão Preto, Brazil",340,
  "Nas nossas 11 casas o pedido que chega pelo celular é redigitado na maquininha e depois alguém grita pra chapa. Sábado à noite é lanche trocado e cliente bravo. Eu queria que o pedido fosse do celular direto pra cozinha e que eu enxergasse as 11 casas numa tela só, aqui do escritório. Quanto fica isso? Me mandem uma proposta.",
  "SQL","P2","delivery integration + KDS + central management in plain words (never says PDV, KDS or delivery); bakery-café chain of 11 = food service, fit A; a Diretora Executiva has high decision power; asks a proposal: HIGH")
L("k07","en","unusual-words","Giulia Ferraro","giulia@pokerio.com.br","Owner","Poke Rio","Restaurants","Rio de Janeiro, Brazil",120,
  "hello, we have 7 poke shops in Rio. when the delivery boys arrive nobody know which bag is ready and the food get cold on the counter. also the same bowl has different price in each shop because I change by hand one by one... we want to fix all this, probably we decide in next quarter.",
  "MQL","P3","ready-order screen + central menu prices in plain words, fit A (7 shops, 120 staff); the owner is C-level, but next quarter: MEDIUM")
L("k08","pt","small-business","Joselito Araújo","lanchesdoze.maceio@gmail.com","Sócio","Lanches do Zé","Lanchonetes","Maceió, Brazil",24,
  "Boa tarde! Tenho duas lanchonetes aqui em Maceió e vou abrir a terceira em agosto. O sistema de caixa que uso não conversa com o iFood e perco pedido direto. Queria um orçamento de vcs pras 3 lojas, pode ser pelo whatsapp.",
  "SQL","P2","fit B (only size weak: 2 stores, 24 staff; gmail lowers data quality, not fit); a Sócio is an owner (C-level); asks a quote: HIGH",
  phone="+55 82 98811-2040")
L("k09","pt","influencer","Bruna Teixeira","bruna.teixeira@frangodourado.com.br","Analista de TI","Rede Frango Dourado","Fast food","Goiânia, Brazil",900,
  "URGENTE. O servidor local do nosso PDV caiu às 11h e nenhuma das 40 lojas consegue emitir NFC-e, bem no horário do almoço. Preciso de um orçamento de sistema em nuvem hoje pra levar pro meu gestor.",
  "MQL","P3","fit A, outage now + urgent today: CRITICAL, but an analyst is USER (buyer areas lift managers only)")
L("k10","pt","influencer","Wellington Souza","wellington.souza@bowlfit.com.br","Gerente de Loja","Bowl Fit","Alimentação saudável","São Paulo, Brazil",700,
  "Sou gerente da unidade Moema, uma das 35 lojas da rede. A tela da cozinha que usamos trava todo dia no almoço e os pedidos de delivery saem atrasados. Vocês conseguem me mandar uma proposta de KDS ainda esse mês? Vou apresentar pra diretoria, quem decide são eles.",
  "MQL","P3","fit A (35-store chain), proposal this month: HIGH; a store manager is a MANAGER outside the buyer areas (a store is not operações/expansão/TI/financeiro) and says the board decides: influencer")
L("k11","es","influencer","Martín Echeverría","mecheverria@parrillapampa.com.br","Chef Ejecutivo","Parrilla Pampa","Restaurantes","São Paulo, Brazil",300,
  "Hola! Soy el chef ejecutivo de las 8 parrillas que tenemos en SP. Necesito con urgencia pantallas para la cocina: los tickets se pierden y los tiempos de la parrilla son un desastre. ¿Me pasan precio esta semana? Después lo tiene que aprobar el dueño.",
  "MQL","P3","fit A, urgent + this week: CRITICAL; a chef has no seniority pattern in section 1, the kitchen is not a buyer area, and he says the owner approves: not a decision maker")
L("k12","pt","evaluating","Rodrigo Bastos","rodrigo.bastos@grupopastello.com.br","Diretor de Tecnologia","Grupo Pastello","Restaurantes e franquias","São Paulo, Brazil",2100,
  "Estamos avaliando três fornecedores para substituir o PDV e as telas de cozinha que desenvolvemos internamente nas nossas 70 unidades. A decisão deve sair no próximo trimestre.",
  "MQL","P3","fit A; technology director is a tech decision maker; evaluating, next quarter: MEDIUM")
L("k13","pt","negation","Patrícia Lemos","patricia.lemos@temakeriaonda.com.br","Gerente Financeira","Temakeria Onda","Restaurantes","Florianópolis, Brazil",380,
  "Sem pressa nenhuma. Em algum momento deste ano a ideia é centralizar o fechamento de caixa das 18 lojas e bater o repasse dos aplicativos de delivery. Quando der, me mostrem como vocês resolvem isso.",
  "MQL","P3","fit A; finance is a buyer area, so the Gerente Financeira decides; 'sem pressa' + this year: MEDIUM")
L("k14","en","negation","Daniela Kowalski","daniela.kowalski@verdebowl.com.br","Head of Operations","Verde Bowl","Quick service restaurants","Porto Alegre, Brazil",520,
  "Nothing is on fire here, our current POS works fine day to day. Still, my team wants a walkthrough of your kitchen screens and the iFood integration this month, so we can budget the roll-out to our 26 stores.",
  "SQL","P2","fit A; Head of Operations = director; 'nothing is on fire' rules out CRITICAL, but a demo (walkthrough) this month is still HIGH (negation lowers CRITICAL only)")
L("k15","pt","exploration","Eduardo Saraiva","eduardo.saraiva@cantinadanona.com.br","CEO","Cantina da Nona","Restaurantes","Caxias do Sul, Brazil",600,
  "Vi numa feira essas telas de cozinha e fiquei curioso pra saber como funcionam nos nossos 16 restaurantes. Não temos nenhum projeto agora, é só pesquisa mesmo.",
  "NURTURE","P4","fit A, curiosity, no project: LOW")
L("k16","pt","exploration","Lucas Prado","lucas.prado@espetinhodobairro.com.br","Diretor de Expansão","Espetinho do Bairro","Franquias de alimentação","Goiânia, Brazil",230,
  "Estamos formatando a franquia agora (12 lojas próprias) e sistema pros franqueados só vamos pensar no ano que vem. Por enquanto a dúvida é só sobre o modelo de cobrança de vocês.",
  "NURTURE","P4","fit A; director; the system only next year: LOW")
L("k17","en","exploration","Sarah Mitchell","smitchell@tacobrasa.com.br","CFO","Taco Brasa","Quick service restaurants","São Paulo, Brazil",410,
  "Out of curiosity: what do your royalty and per-store sales reports look like? Nothing is in the pipeline on our side, I'm only reading up.",
  "NURTURE","P4","fit A, curiosity, nothing planned: LOW")
L("k18","pt","fit-c","Rui Carvalho","rui.carvalho@tascadolargo.pt","Proprietário","Tasca do Largo","Restauração","Lisboa, Portugal",22,
  "Boa tarde. Temos um restaurante em Alfama e queremos um sistema de caixa com ecrã na cozinha e ligação à Uber Eats. Conseguem enviar-me um orçamento?",
  "NURTURE","P4","fit C: Portugal is outside Brazil and one 22-person restaurant is small (two weak signals), though the need matches")
L("k19","es","fit-c","Valentina Sosa","vsosa@cafemontes.com.uy","Dueña","Café Montes","Cafetería","Montevideo, Uruguay",20,
  "Hola, tenemos dos cafeterías en Pocitos y Cordón. Buscamos un POS con pantalla en la cocina y que se conecte con PedidosYa. ¿Trabajan en Uruguay? Pásenme una cotización así lo vemos.",
  "NURTURE","P4","fit C: Uruguay is outside Brazil and two cafés with 20 staff is small (two weak); a quote does not lift fit C")
L("k20","pt","other-urgency","Simone Andrade","simone.andrade@pastelariaimperial.com.br","Diretora de Operações","Pastelaria Imperial","Fast food","Recife, Brazil",750,
  "Essa semana tá tudo urgente: inauguramos duas lojas em shopping e ainda tem auditoria da franqueadora na sexta. Troca do sistema de caixa fica pro ano que vem, mas queria deixar o contato.",
  "NURTURE","P4","what is urgent is two openings and a franchisor audit; the POS is put off to next year: LOW")
L("k21","pt","other-urgency","Márcio Figueiredo","marcio.figueiredo@churrascariagaucha.com.br","Gerente de TI","Churrascarias Gaúcha","Restaurantes","Curitiba, Brazil",900,
  "No Dia das Mães de dois anos atrás o caixa parou em todas as unidades e foi um pesadelo. Depois disso trocamos o link de internet, colocamos contingência e nunca mais tivemos problema. Hoje não precisamos de nada, só quero receber os conteúdos de vocês por e-mail.",
  "NURTURE","P4","an outage two years ago, fixed, nothing needed now, content by email only: LOW")
L("k22","pt","topic-urgency","Alessandra Pinheiro","alessandra.pinheiro@massaebrasa.com.br","Gerente de TI","Massa & Brasa","Restaurantes","Salvador, Brazil",650,
  "O iFood avisou que o conector que usamos hoje vai ser desligado nesta sexta-feira. Se não trocarmos até lá, os pedidos das 25 lojas param de cair na cozinha. Precisamos contratar a integração de vocês imediatamente, dá pra falar hoje?",
  "SQL","P1","the deadline this Friday is about the seller's own topic (delivery integration): CRITICAL; IT manager is a tech decision maker; fit A")
L("k23","pt","job-seeker","Larissa Mendes","larissa.mendes.dev@gmail.com","Desenvolvedora Front-end",None,None,"Belo Horizonte, Brazil",None,
  "Oi, pessoal! Sou desenvolvedora React há 3 anos, já trabalhei com sistema de delivery, e adoraria fazer parte do time da CozinhaPOS. Tem alguma vaga aberta? Deixo meu LinkedIn e portfólio.",
  "DISQUALIFIED","P4","job seeker")
L("k24","pt","job-seeker","Pedro Henrique Lima","pedrohlima2004@hotmail.com","Estudante de ADS",None,None,"Campinas, Brazil",None,
  "Boa tarde, tô no 3º semestre de Análise e Desenvolvimento de Sistemas e procuro estágio em suporte ou implantação. Vocês têm vaga de estagiário?",
  "DISQUALIFIED","P4","internship applicant (job seeker)")
L("k25","pt","vendor-pitch","Camila Rocha","camila@growthfood.com.br","Executiva de Parcerias","GrowthFood Marketing","Marketing digital","São Paulo, Brazil",25,
  "Oi! A GrowthFood é uma agência de performance só para SaaS de restaurante. Colocamos marcas como a de vocês na frente de 5 mil donos de restaurante por mês com anúncios no Instagram. Bora uma call de 20 min na quinta?",
  "DISQUALIFIED","P4","an agency selling its services to the seller")
L("k26","en","vendor-pitch","Kevin Lin","kevin.lin@possmart-tech.com.tw","Overseas Sales Manager","PosSmart Technology Co.","Electronics manufacturing","Taipei, Taiwan",800,
  "Dear partner, we manufacture rugged Android POS terminals and 80mm thermal printers. OEM with your logo is available and pricing is very competitive for orders above 500 units. May I send you our catalogue?",
  "DISQUALIFIED","P4","a hardware supplier selling to the seller")
L("k27","pt","partner","Francisco das Chagas","francisco@automacaocariri.com.br","Diretor Comercial","Cariri Automação Comercial","Automação comercial","Juazeiro do Norte, Brazil",20,
  "Somos revenda de automação comercial no Ceará e atendemos uns 300 bares e restaurantes. Temos interesse em revender e implantar a CozinhaPOS aqui na região. Como funciona o programa de revendas de vocês?",
  "DISQUALIFIED","P4","reseller asking for partnership")
L("k28","pt","competitor","Beatriz Antunes","beatriz.antunes@comandafacil.com.br","Analista de Produto","Comanda Fácil","Software","São Paulo, Brazil",80,
  "Boa tarde, vocês cobram por terminal ou por loja? A integração com o iFood é própria ou via hub?",
  "DISQUALIFIED","P4","competitor domain")
L("k29","pt","personal","Rogério Batista","rogeriobatista.rj@gmail.com",None,None,None,"Niterói, Brazil",None,
  "Pedi meu almoço ontem pelo app de um restaurante que usa o sistema de vocês, paguei no Pix e até agora nada. O restaurante não atende. Quero meu dinheiro de volta!!",
  "DISQUALIFIED","P4","private person, his own lunch order")
L("k30","pt","student","Isabela Freitas","isabela.freitas@aluno.senac.br","Estudante de Gastronomia",None,None,"São Paulo, Brazil",None,
  "Olá, sou aluna de Gastronomia e estou escrevendo meu TCC sobre tecnologia na cozinha de redes de fast food. Alguém da equipe poderia me dar uma entrevista rápida?",
  "DISQUALIFIED","P4","student, final paper (TCC)")
L("k31","pt","spam","Renda Extra Já","contato@rendaextra-ja.online",None,None,None,None,None,
  "RENDA EXTRA GARANTIDA!!! Fature R$ 800 por dia sem sair de casa, só hoje, clique no link e comece JÁ.",
  "DISQUALIFIED","P4","spam")
L("k32","pt","disposable-email","Operações Rede","opsrede@mailinator.com","Gerente de Operações","Rede Sabor Mineiro","Restaurantes","Belo Horizonte, Brazil",300,
  "Queremos uma demo do PDV e do KDS para 12 lojas ainda este mês.",
  "DISQUALIFIED","P4","disposable email")
L("k33","pt","too-little","Gustavo Ribeiro","gustavo.ribeiro@burgerlab.com.br","Diretor de Operações","BurgerLab","Fast food","São Paulo, Brazil",450,
  "Olá!",
  "REVIEW","P3","a greeting, nothing shows a need")
L("k34","en","too-little","Amanda Reis","amanda.reis@cafesertao.com.br","COO","Café Sertão","Coffee shops","Fortaleza, Brazil",280,
  "N/A",
  "REVIEW","P3","placeholder, nothing shows a need")
L("k35","pt","too-little","Henrique Bortolotto","henrique.bortolotto@grupofornalha.com.br","Gerente de Expansão","Grupo Fornalha","Restaurantes","Londrina, Brazil",350,
  "Gostaria de informações.",
  "REVIEW","P3","'more information' only, nothing shows a need")

# ------------------------------------------- climatec: Argentine industrial HVAC + refrigeration maintenance (Argentina, Uruguay)
L("h01","es","buyer-area","Sergio Bianchi","sbianchi@frigorificoelrecreo.com.ar","Jefe de Mantenimiento","Frigorífico El Recreo","Industria frigorífica","Rosario, Argentina",650,
  "Se nos plantó el compresor de la central de amoníaco que alimenta el túnel de congelado y tenemos 40 toneladas de carne en riesgo. Necesito un equipo técnico hoy mismo. Después quiero hablar de un contrato preventivo, porque así no podemos seguir.",
  "SQL","P1","fit A (meat plant with cold rooms, Argentina); maintenance is a buyer area, so the Jefe de Mantenimiento decides; compressor down now + 'hoy mismo': CRITICAL",
  phone="+54 9 341 555-7812")
L("h02","es","buyer","Mariana Ferreira","mferreira@superdelsur.com.uy","Gerente General","Supermercados del Sur","Supermercados","Montevideo, Uruguay",1100,
  "Buenas tardes. Queremos cotizar un contrato anual de mantenimiento preventivo para las cámaras y las góndolas refrigeradas de nuestras 24 sucursales, con guardia las 24 horas. El directorio ya aprobó la partida y queremos adjudicar este mes.",
  "SQL","P2","fit A (supermarket chain, Uruguay, two services); C-level; quote, budget approved, this month: HIGH")
L("h03","en","buyer","Matthias Krüger","mkrueger@autopartescordoba.com.ar","Plant Director","Autopartes Córdoba S.A.","Automotive manufacturing","Córdoba, Argentina",1400,
  "Good morning. Our paint shop relies on two chillers that are 15 years old, and the service company we have now is slow to respond. I would like to arrange a site visit and receive an offer for a full maintenance contract in the coming weeks. Please answer by e-mail, my Spanish is limited.",
  "SQL","P2","fit A (manufacturing plant, chillers, maintenance contract); director; visit and offer in the coming weeks: HIGH", source="web_form")
L("h04","es","buyer-area","Lucas Otero","lotero@nubedatos.com.ar","Facility Manager","NubeDatos Data Center","Data center","Buenos Aires, Argentina",220,
  "Buscamos proveedor para el mantenimiento de los equipos de precisión y los chillers del data center, con guardia 24 h y tiempos de respuesta por contrato. ¿Nos pasan una propuesta? La idea es adjudicar antes de fin de mes.",
  "SQL","P2","fit A (data centre, precision cooling + 24 h service); Facility Manager = manager in the facilities buyer area; proposal, award this month: HIGH")
L("h05","es","buyer-area","Ricardo Aguirre","raguirre@sanatoriosanmartin.com.ar","Intendente","Sanatorio San Martín","Salud","La Plata, Argentina",900,
  "Buen día. Estoy a cargo de la intendencia del sanatorio. El contrato con la empresa que nos atiende el aire de quirófanos y terapia intensiva vence el 30 y no lo vamos a renovar. Necesito presupuesto de mantenimiento preventivo con guardia 24 horas para las próximas semanas.",
  "SQL","P2","fit A (private hospital, HVAC maintenance + 24 h); the Intendente of an Argentine hospital heads building services and maintenance, read as a manager in the facilities/maintenance buyer area; quote for the coming weeks: HIGH")
L("h06","es","buyer-area","Gustavo Medina","gmedina@lacteoslaesperanza.com.ar","Gerente de Planta","Lácteos La Esperanza S.A.","Industria láctea","Rafaela, Argentina",480,
  "Tuvimos dos cortes de frío en la cámara de producto terminado en los últimos quince días y ya no confío en el service que tenemos. Es urgente: esta semana quiero sentarme con ustedes para armar un contrato de mantenimiento con guardia, no puedo seguir tirando yogur.",
  "SQL","P1","fit A (dairy plant, cold rooms); a Gerente de Planta runs the plant's operations (operaciones buyer area), so decision maker; repeated cold-room failures now, 'es urgente' and a meeting this week: CRITICAL")
L("h07","es","unusual-words","Horacio Benítez","hbenitez@superbenitez.com.ar","Dueño","Supermercados Benítez","Supermercados","Mendoza, Argentina",180,
  "Las heladeras de los locales gotean, hacen un ruido bárbaro y los fines de semana el helado se nos ablanda. Siempre llamamos a alguien cuando ya se rompió. Lo que quiero es que alguien pase todos los meses a revisarlas antes de que fallen, en los 6 locales. ¿Me mandan un presupuesto?",
  "SQL","P2","preventive maintenance of commercial refrigeration in plain words (never says mantenimiento, cámaras or góndolas), fit A; owner (C-level); asks a quote: HIGH")
L("h08","pt","unusual-words","Cláudio Peixoto","claudio.peixoto@arrozeirasul.com.uy","Diretor de Operações","Arrozeira Sul Uruguay S.A.","Indústria de alimentos","Treinta y Tres, Uruguay",320,
  "Na nossa planta de Treinta y Tres tem aqueles aparelhos grandes de ar em cima do telhado que ninguém olha há anos. Só chamamos alguém quando param de gelar, e no verão o escritório e o laboratório viram uma sauna. Queremos alguém cuidando disso de forma fixa; pensamos em fechar no próximo trimestre.",
  "MQL","P3","roof-top HVAC maintenance contract in plain words, fit A (food plant in Uruguay); director; next quarter: MEDIUM")
L("h09","es","small-business","Néstor Caputo","friocaputo.mdp@gmail.com","Dueño","Frío Caputo","Depósito de frío","Mar del Plata, Argentina",30,
  "Tenemos un depósito de frío chico para pescado, 3 cámaras. Anoche se cortó una y la temperatura subió a -8, tengo mercadería de exportación adentro. Necesito un técnico frigorista urgente, hoy, y si trabajan bien quiero arreglar un abono mensual.",
  "SQL","P1","fit B (only size weak: 30 staff; gmail lowers data quality only); owner; cold room down now + urgent today: CRITICAL",
  phone="+54 9 223 512-6640")
L("h10","es","influencer","Brian Gómez","bgomez@hiperlaestrella.com.ar","Técnico de Mantenimiento","Hipermercados La Estrella","Supermercados","Buenos Aires, Argentina",2600,
  "Urgente!! se cayo el rack de frio de la sucursal Palermo y las gondolas de lacteos estan a 12 grados. Necesitamos que venga alguien ya, despues vemos lo del contrato",
  "MQL","P3","fit A, cold rack down now + 'ya': CRITICAL; a technician is TECHNICAL, an influencer even inside the maintenance area (buyer areas lift managers only)")
L("h11","en","influencer","Sofía Pereira","spereira@dceste.com.uy","Facilities Analyst","Data Center Este","Data centers","Montevideo, Uruguay",150,
  "Hi, since yesterday two of the CRAC units in our Montevideo data hall keep throwing high-temperature alarms and the racks are running hot. I was told to collect a quote for emergency service plus a maintenance contract ASAP so my boss can sign off.",
  "MQL","P3","fit A, alarms now + ASAP: CRITICAL; an analyst is USER, not a decision maker, even in facilities")
L("h12","es","influencer","Julieta Romano","jromano@hospitalitalianoparana.org.ar","Asistente de Gerencia","Hospital Italiano de Paraná","Salud","Paraná, Argentina",700,
  "Buenas tardes, desde la gerencia me pidieron juntar tres presupuestos de mantenimiento de los chillers del hospital este mes. ¿Me lo podrían enviar por mail? Gracias!",
  "MQL","P3","fit A, quotes this month: HIGH; an assistant is USER")
L("h13","es","evaluating","Florencia Castro","fcastro@frialdelplata.com.uy","Directora de Operaciones","Logística Frial del Plata","Logística de frío","Montevideo, Uruguay",260,
  "Estamos comparando dos o tres empresas para tercerizar el mantenimiento del frío de nuestro centro de distribución (cámaras de congelado y antecámaras). Lo vamos a definir en el segundo semestre de este año.",
  "MQL","P3","fit A (cold storage, Uruguay); director; comparing, second half of this year: MEDIUM")
L("h14","es","negation","Carolina Vidal","cvidal@plasticospilar.com.ar","Jefa de Mantenimiento","Plásticos Pilar S.A.","Industria plástica","Pilar, Argentina",310,
  "Sin apuro, eh. Este año queremos dejar de llamar al service cada vez que algo se rompe y pasar a un plan preventivo para los dos chillers y las torres de enfriamiento. Cuando puedan me cuentan cómo trabajan ustedes.",
  "MQL","P3","fit A; maintenance is a buyer area, so the Jefa de Mantenimiento decides; 'sin apuro' + this year: MEDIUM")
L("h15","en","negation","Pieter van Dijk","pvandijk@polarstorage.com.ar","Operations Director","Polar Storage Argentina","Cold storage","Buenos Aires, Argentina",200,
  "No rush at all. Sometime next year we may outsource the upkeep of our cold rooms; for now, just send me a brochure of what you do.",
  "NURTURE","P4","fit A; director; 'no rush', next year and a brochure only: LOW")
L("h16","es","exploration","Diego Ferraro","dferraro@cerveceriadelvalle.com.ar","Gerente de Ingeniería de Planta","Cervecería del Valle","Bebidas","Neuquén, Argentina",380,
  "Por ahora solo estoy curioseando cómo funciona el monitoreo remoto de temperatura que ofrecen. No tenemos nada en carpeta.",
  "NURTURE","P4","fit A (brewery = food & beverage plant); plant engineering is a buyer area, but curiosity with nothing planned: LOW")
L("h17","pt","exploration","Adriana Köhler","adriana.kohler@lojaspampa.com.uy","Diretora Administrativa","Lojas Pampa Uruguay","Varejo","Montevidéu, Uruguai",250,
  "Estamos só começando a entender o que seria terceirizar a manutenção do ar-condicionado das nossas lojas no Uruguai. Se for pra frente, vai ser no ano que vem.",
  "NURTURE","P4","fit A (retail chain, Uruguay); director; just starting, next year if at all: LOW")
L("h18","es","fit-c","Martín Larrea","mlarrea@estudiolarrea.com.ar","Socio","Estudio Larrea & Asociados","Servicios legales","Buenos Aires, Argentina",25,
  "Somos un estudio jurídico de 25 personas en un piso de oficinas en el microcentro. Los splits andan para atrás y queremos un abono de mantenimiento urgente, antes de que arranque el calor.",
  "NURTURE","P4","fit C: a law office is outside the target industries and 25 people is small (two weak signals); urgency does not lift fit C")
L("h19","es","fit-c","Rocío Benítez","rbenitez@heladosguarani.com.py","Gerente General","Helados Guaraní","Fábrica de helados","Asunción, Paraguay",28,
  "Tenemos una fábrica chica de helados y la cámara de -25 anda mal desde el fin de semana. ¿Hacen servicio en Paraguay? Necesitamos presupuesto y que venga alguien cuanto antes.",
  "NURTURE","P4","fit C: Paraguay is outside Argentina/Uruguay and 28 staff is small (two weak); urgency does not lift fit C")
L("h20","es","other-urgency","Pablo Sánchez","psanchez@cadenanorte.com.ar","Gerente de Operaciones","Cadena Norte Supermercados","Supermercados","Tucumán, Argentina",1300,
  "Entre la recertificación ISO que nos auditan el jueves y el inventario anual de las sucursales, esta semana estamos a mil. Lo del mantenimiento de las cámaras lo retomamos el año que viene, les dejo mis datos para entonces.",
  "NURTURE","P4","what is urgent is an ISO audit and the stock count; the seller's topic is put off to next year: LOW")
L("h21","pt","other-urgency","Jorge Luiz Battisti","jorge.battisti@brasulembalagens.com.ar","Gerente de Manutenção","Embalagens Brasul Argentina","Indústria de embalagens","Campana, Argentina",420,
  "Em janeiro do ano passado o chiller principal pifou no meio de uma onda de calor e ficamos dois dias sem produzir. Trocamos o equipamento e de lá pra cá não tivemos nenhuma falha. No momento não precisamos de nada, só queria o catálogo de serviços.",
  "NURTURE","P4","a chiller failure last year, replaced and fine since; catalogue only: LOW")
L("h22","es","other-urgency","Alejandra Ruiz","aruiz@alimentoslaserrana.com.ar","Gerente de Ingeniería de Planta","Alimentos La Serrana","Alimentos","San Luis, Argentina",350,
  "La ampliación de la planta, con dos cámaras frigoríficas nuevas, está frenada esperando la habilitación municipal. Hasta que no salga no puedo contratar nada. Mándenme información general por mail y lo charlamos cuando se destrabe.",
  "NURTURE","P4","'frenada' is a permit being waited for, not an outage; nothing can be bought until then, information only: LOW")
L("h23","es","topic-urgency","Silvina Acosta","sacosta@clinicadelsol.com.ar","Gerenta de Mantenimiento","Clínica del Sol","Salud","Córdoba, Argentina",600,
  "Ayer tuvimos inspección del Ministerio de Salud y nos observaron que el aire de los quirófanos no tiene registros de mantenimiento ni de cambio de filtros. Tenemos plazo hasta el viernes para presentar un contrato de mantenimiento preventivo firmado. Necesitamos cotización ya.",
  "SQL","P1","the inspection deadline (Friday) is about the seller's own service (HVAC maintenance records): CRITICAL; a Gerenta de Mantenimiento is a manager in the maintenance buyer area; fit A")
L("h24","es","job-seeker","Walter Ledesma","walterledesma.frio@gmail.com","Técnico en Refrigeración",None,None,"Quilmes, Argentina",None,
  "Hola, soy técnico frigorista matriculado con 8 años en cámaras, chillers y VRF. Estoy buscando laburo, ¿toman gente? Tengo disponibilidad full time y auto propio.",
  "DISQUALIFIED","P4","job seeker ('buscando laburo')")
L("h25","es","job-seeker","Agustina Pérez","agustina.perez@alu.frba.utn.edu.ar","Estudiante de Ingeniería Mecánica",None,None,"Buenos Aires, Argentina",None,
  "Buenas! Estoy terminando Ingeniería Mecánica en la UTN y tengo que hacer la práctica profesional supervisada. ¿Reciben pasantes en el área técnica? Les adjunto el CV.",
  "DISQUALIFIED","P4","internship applicant (job seeker)")
L("h26","pt","vendor-pitch","Vanessa Schmitt","vanessa.schmitt@frigotec.ind.br","Gerente de Exportação","Frigotec Compressores","Indústria","Joinville, Brazil",300,
  "Somos fabricantes de unidades condensadoras e compressores em Joinville e estamos abrindo mercado na Argentina. Oferecemos preço de fábrica e suporte técnico em espanhol para empresas de manutenção como a Climatec. Posso enviar nosso catálogo e a tabela de preços?",
  "DISQUALIFIED","P4","a manufacturer selling to the seller")
L("h27","en","vendor-pitch","Olivia Brooks","olivia@fieldcrew.io","Account Executive","FieldCrew","Software","Austin, USA",90,
  "Hi! FieldCrew helps HVAC contractors schedule technicians, send digital work orders and collect signatures on site. Teams like yours cut wasted truck trips by 30%. Could I grab 15 minutes with whoever runs your service operations next week?",
  "DISQUALIFIED","P4","a software vendor selling to the seller")
L("h28","pt","partner","Marcelo Tondo","marcelo@tondomanutencao.com.br","Sócio-diretor","Tondo Manutenção Predial","Manutenção predial","Porto Alegre, Brazil",60,
  "Somos uma empresa de manutenção predial em Porto Alegre e vários clientes nossos têm filiais na Argentina e no Uruguai. Queremos fechar uma parceria: nós indicamos vocês lá, vocês nos indicam aqui, com comissão pros dois lados.",
  "DISQUALIFIED","P4","partner asking for a referral agreement")
L("h29","es","competitor","Fernando Quiroga","fquiroga@refrigeracionaustral.com.ar","Gerente Comercial","Refrigeración Austral SRL","Refrigeración industrial","San Isidro, Argentina",45,
  "Hola, nosotros también hacemos mantenimiento de chillers y cámaras en zona norte. Quería saber cuánto cobran la hora de guardia 24 h y si subcontratan a otras empresas del rubro.",
  "DISQUALIFIED","P4","competitor by its own words (same trade, asks the seller's prices)")
L("h30","es","personal","Graciela Montes","gracielamontes61@hotmail.com",None,None,None,"Buenos Aires, Argentina",None,
  "Hola, el aire acondicionado de mi departamento tira agua por la pared y hace un ruido espantoso. ¿Pueden venir mañana a la tarde? Vivo en Caballito.",
  "DISQUALIFIED","P4","private person, her own home air conditioner (urgency does not change it)")
L("h31","es","student","Tomás Ibarra","tibarra@estudiantes.fadu.uba.ar","Estudiante de Arquitectura",None,None,"Buenos Aires, Argentina",None,
  "Estoy haciendo el trabajo final de la carrera sobre eficiencia energética en edificios hospitalarios y me vendría bárbaro entrevistar a alguno de sus ingenieros.",
  "DISQUALIFIED","P4","student, final project")
L("h32","en","spam","SEO Booster","offers@rank-booster.biz",None,None,None,None,None,
  "CONGRATULATIONS!!! Your website was selected for 500 FREE backlinks. Rank #1 on Google in 7 days. Reply NOW, offer ends tonight!!!",
  "DISQUALIFIED","P4","spam")
L("h33","es","invalid-email","Compras Frigorífico","compras.frigorificolapampa.com.ar","Jefe de Compras","Frigorífico La Pampa","Industria frigorífica","Santa Rosa, Argentina",350,
  "Necesitamos presupuesto de mantenimiento de 4 cámaras frigoríficas para este mes.",
  "DISQUALIFIED","P4","invalid email (no @)")
L("h34","es","too-little","Hernán Giménez","hgimenez@molinosdelnorte.com.ar","Gerente de Mantenimiento","Molinos del Norte","Alimentos","Salta, Argentina",500,
  "info",
  "REVIEW","P3","just 'info', nothing shows a need")
L("h35","en","too-little","Laura Fernández","lfernandez@hospitaldeleste.com.uy","Head of Facilities","Hospital del Este","Healthcare","Maldonado, Uruguay",650,
  None,
  "REVIEW","P3","no description at all, nothing shows a need", phone="+598 42 224 310")

# ------------------------------------------- viajacorp: Mexican corporate travel management (TMC) + MICE (Mexico, Colombia)
L("v01","es","buyer-area","Juliana Ospina","jospina@constructoraandina.com.co","Gerente de Gestión Humana","Constructora Andina S.A.S.","Construcción","Bogotá, Colombia",1800,
  "La agencia que nos manejaba los viajes cerró de un día para otro y tenemos 40 ingenieros que deben volar esta semana a las obras de Barranquilla y Neiva, todavía sin tiquetes. Necesitamos una agencia corporativa de inmediato.",
  "SQL","P1","fit A (construction, 1800, Colombia); gestión humana = HR, a buyer area, so its manager decides; flights this week, 'de inmediato': CRITICAL",
  phone="+57 315 482 9031")
L("v02","es","buyer","Alberto Garza","agarza@laboratoriosvitalis.com.mx","Director de Finanzas","Laboratorios Vitalis","Farmacéutica","Ciudad de México, México",2500,
  "Queremos cambiar de agencia y tener la facturación de vuelos y hoteles (CFDI) en una sola conciliación mensual, con políticas por nivel de puesto. Por favor envíennos una propuesta; el presupuesto ya está autorizado para este mes.",
  "SQL","P2","fit A (pharma, 2500, Mexico, three services); director; proposal, budget authorised this month: HIGH")
L("v03","en","buyer","Hannah Whitmore","hannah.whitmore@codelatam.co","Head of People","CodeLatam","Technology","Bogotá, Colombia",600,
  "Hi! We're planning our annual offsite for about 350 people in Cartagena, and we also need a proper travel policy for the sales team, who book everything on personal cards right now. Could we get on a call next week to see your platform and your events offer?",
  "SQL","P2","fit A (tech company, 600, Colombia; MICE + policy + booking); Head of People = director (business decision maker); call next week: HIGH")
L("v04","es","buyer-area","Leticia Domínguez","ldominguez@autopartesdelbajio.com.mx","Jefa de Compras","Autopartes del Bajío","Manufactura automotriz","Querétaro, México",3000,
  "Estamos licitando el servicio de agencia de viajes corporativos para nuestras dos plantas. ¿Me pueden hacer llegar su propuesta técnica y económica a más tardar el día 20 de este mes?",
  "SQL","P2","fit A; a purchasing manager is a business decision maker; tender, proposal due this month: HIGH")
L("v05","pt","buyer-area","Rafael Moreira","rafael.moreira@embalaplus.com.mx","Gerente de Suprimentos","EmbalaPlus México","Indústria de embalagens","Monterrey, México",450,
  "Somos a filial mexicana de uma fabricante brasileira de embalagens. A matriz exige que as viagens entre Brasil e México sigam a política global, com relatório mensal de gastos. Gostaria de receber uma cotação da plataforma de reservas ainda este mês.",
  "SQL","P2","fit A (manufacturing subsidiary in Mexico); suprimentos = purchasing, a buyer area, so its manager decides; quote this month: HIGH")
L("v06","es","unusual-words","Ernesto Villarreal","evillarreal@distribuidoravillarreal.com.mx","Director General","Distribuidora Villarreal","Distribución de abarrotes","Guadalajara, México",400,
  "Mis vendedores andan por toda la república y cada quien compra su avión y su hotel como le da la gana. Al cierre de mes me llegan puros tickets arrugados y nadie sabe cuánto se nos fue en eso. Quiero poner orden. ¿Me cotizan algo?",
  "SQL","P2","booking + travel policy + expense reconciliation in plain words (never says viajes corporativos or conciliación); C-level; asks a quote: HIGH")
L("v07","en","unusual-words","Camilo Restrepo","crestrepo@mineraelcondor.com.co","VP Finance","Minera El Cóndor","Mining","Medellín, Colombia",1700,
  "Every month I get a pile of hotel receipts from the site crews that never match the card statements, and our auditors keep pointing at it. I'd like someone else to handle the bookings and hand me one clean statement at month end. We want to decide on this by next quarter.",
  "MQL","P3","booking + reconciliation in plain words, fit A; VP = director; next quarter: MEDIUM")
L("v08","es","small-business","Rodrigo Treviño","rodrigo.trevino.consultores@hotmail.com","Socio","Treviño Consultores","Consultoría","Monterrey, México",35,
  "Somos una consultora de 35 personas y casi todas las semanas viajamos a plantas de clientes en el Bajío. Hoy todo lo compra mi asistente con su tarjeta y comprobar los gastos es un relajo. ¿Me pueden mandar una cotización de su plataforma?",
  "SQL","P2","fit B (only size weak: 35 staff; hotmail lowers data quality only); a Socio is an owner (C-level); asks a quote: HIGH")
L("v09","es","influencer","Daniela Herrera","dherrera@grupoazteca-alimentos.com.mx","Asistente de Dirección General","Grupo Alimentario Azteca","Alimentos y bebidas","Ciudad de México, México",1900,
  "¡Urgente! Se nos cayó el hotel para la convención de ventas del próximo jueves en Cancún, son 120 personas. Necesito opciones hoy mismo, mi jefe está que echa chispas.",
  "MQL","P3","fit A (consumer goods, events), options today for next week's convention: CRITICAL; an assistant is USER")
L("v10","en","influencer","Andrés Salazar","asalazar@energiacaribe.com.co","Procurement Analyst","Energía del Caribe S.A. E.S.P.","Energy","Barranquilla, Colombia",1200,
  "Hello, I need to gather three quotes for a corporate travel management service before the end of this month. We're around 1,200 employees with 5 offices in Colombia. Could you send yours?",
  "MQL","P3","fit A, quotes this month: HIGH; an analyst is USER even in procurement (buyer areas lift managers only)")
L("v11","es","influencer","Valeria Cárdenas","vcardenas@seguroscolina.com.co","Practicante de Talento Humano","Seguros Colina","Seguros","Medellín, Colombia",800,
  "Hola, me pidieron cotizar con urgencia los tiquetes y el hotel para el evento de fin de año de la compañía, somos unas 200 personas. ¿Me pueden llamar hoy?",
  "MQL","P3","fit A (insurer = financial services), urgent + today: CRITICAL; a practicante is USER (she works there, she is not applying)")
L("v12","es","evaluating","Arturo Salinas","asalinas@cementosdelnorte.com.mx","Director de Administración y Finanzas","Cementos del Norte","Construcción","Monterrey, México",2200,
  "Estamos evaluando si nos conviene una agencia de viajes corporativa o seguir comprando directo con las aerolíneas. Queremos resolverlo el próximo trimestre; ¿qué información nos pueden compartir?",
  "MQL","P3","fit A; director; evaluating, next quarter: MEDIUM")
L("v13","es","negation","Mónica Aldana","maldana@textilesdelvalle.com.co","Gerente de Recursos Humanos","Textiles del Valle","Textil","Cali, Colombia",950,
  "Nada urgente. En el transcurso de este año queremos armar una política de viajes con topes por cargo, porque hoy cada gerente decide a su manera. Me gustaría conocer su metodología cuando puedan.",
  "MQL","P3","fit A; HR is a buyer area, so its manager decides; 'nada urgente' + this year: MEDIUM")
L("v14","pt","negation","Fernanda Albuquerque","fernanda.albuquerque@agrotechbr.com.mx","Diretora Financeira","AgroTech Brasil México","Tecnologia agrícola","Ciudad de México, México",300,
  "Sem pressa: só no ano que vem vamos pensar em organizar as viagens da equipe do México. Por ora queria só um material sobre a plataforma de vocês.",
  "NURTURE","P4","fit A; director; 'sem pressa', next year, material only: LOW")
L("v15","es","exploration","Sebastián Ochoa","sochoa@farmaandes.com.co","CEO","FarmaAndes","Farmacéutica","Bogotá, Colombia",700,
  "Solo queríamos darnos una idea de cómo funcionan los viajes de incentivo para la fuerza de ventas. No hay nada planeado todavía.",
  "NURTURE","P4","fit A, curiosity, nothing planned: LOW")
L("v16","en","exploration","Priya Nair","priya.nair@softnetmx.com","Director of Administration","SoftNet México","Technology","Guadalajara, Mexico",450,
  "We're at a very early stage: our CFO asked me to understand what a travel management company actually does. There's no budget assigned, it would probably be something for next year.",
  "NURTURE","P4","fit A; director; early research, no budget, next year: LOW")
L("v17","es","fit-c","Gonzalo Paredes","gparedes@andinaconsultores.pe","Gerente General","Andina Consultores","Consultoría de ingeniería","Lima, Perú",30,
  "Somos 30 personas en Lima y viajamos seguido a Bogotá y a Ciudad de México a ver clientes. ¿Atienden empresas en Perú? Nos interesa una cotización este mes.",
  "NURTURE","P4","fit C: an engineering consultancy (professional services) in Peru, outside Mexico/Colombia, and 30 staff is small (two weak signals); a quote does not lift fit C")
L("v18","es","fit-c","Elena Cortés","ecortes@fundacionsembrar.org.mx","Directora Ejecutiva","Fundación Sembrar","Organización sin fines de lucro","Mérida, México",22,
  "Somos una fundación de 22 personas y en octubre organizamos un congreso con 300 asistentes. Buscamos quién nos ayude con vuelos, hospedaje y la logística del evento. ¿Nos pueden enviar una propuesta?",
  "NURTURE","P4","fit C: a non-profit is not a target industry and 22 staff is small (two weak), though the need (MICE) matches")
L("v19","en","outside-country","Diego Ramírez","dramirez@minerapacificodelsur.com.pe","Director de Administración","Minera Pacífico del Sur","Mining","Lima, Peru",2300,
  "Hi, we're a mining company with about 2,300 employees and a lot of travel between Lima, Arequipa and our mine sites, plus frequent trips to Bogotá and Mexico City. Could you walk us through your booking platform and expense reconciliation this month?",
  "SQL","P2","fit B: a large mining company asking for two services, only the country is weak (one weak signal = B, not C); director; demo this month: HIGH")
L("v20","es","other-urgency","Gabriela Montoya","gmontoya@grupoindustrialsierra.com.mx","Directora de Finanzas","Grupo Industrial Sierra","Manufactura","Saltillo, México",1600,
  "Todo es urgente esta semana: cerramos el año fiscal y encima nos cae la auditoría externa, no tengo cabeza para nada más. Lo de cambiar de agencia de viajes lo vemos el próximo año, sin falta.",
  "NURTURE","P4","what is urgent is the fiscal close and an external audit; the travel topic is put off to next year: LOW")
L("v21","en","other-urgency","Michael Brennan","mbrennan@andeanpharma.com.co","VP Human Resources","Andean Pharma","Pharmaceuticals","Bogotá, Colombia",1400,
  "Two years ago our previous agency went under one week before our sales kickoff and we had to rebook some 200 flights ourselves. We moved to another provider afterwards and it has been smooth ever since. Nothing needed at the moment, feel free to keep me posted by email.",
  "NURTURE","P4","a past incident, solved with another provider; nothing needed, updates by email only: LOW")
L("v22","pt","other-urgency","Paulo Henrique Dantas","paulo.dantas@alimentostropical.com.co","Gerente Administrativo","Alimentos Tropical Colômbia S.A.S.","Alimentos","Cali, Colombia",1100,
  "Estamos no meio de uma fusão com outra empresa e, até sair a nova estrutura, não posso contratar fornecedor novo, nem a agência de viagens que queríamos trocar. Escrevo só pra deixar vocês no radar.",
  "NURTURE","P4","waiting on a merger, no purchase possible until then, contact only: LOW")
L("v23","es","topic-urgency","Patricia Zúñiga","pzuniga@constructoraarrecife.com.mx","Gerente de Administración","Constructora Arrecife","Construcción","Cancún, México",700,
  "El SAT nos está revisando los viáticos de los últimos dos ejercicios y esta semana tenemos que entregar los comprobantes de hospedaje y vuelos conciliados. Nos faltan cientos de facturas. Necesitamos su servicio de conciliación ya.",
  "SQL","P1","the tax review this week is about the seller's own service (travel expense reconciliation, CFDI): CRITICAL; administration is a buyer area, so its manager decides; fit A")
L("v24","en","buyer","Laura Jiménez","ljimenez@aceroslaguna.com.mx","Chief People Officer","Aceros La Laguna","Steel manufacturing","Torreón, Mexico",3200,
  "We have 60 employees who must start at our new plant in Saltillo next Monday and nobody has booked their flights or hotels yet. We need a corporate travel partner on this immediately - please call me today.",
  "SQL","P1","fit A; Chief People Officer = C-level; trips next Monday, 'immediately', call today: CRITICAL")
L("v25","es","job-seeker","Karla Medina","karla.medina.viajes@gmail.com","Agente de Viajes",None,None,"Guadalajara, México",None,
  "Buenas tardes, tengo 6 años emitiendo boletos en Sabre y Amadeus para cuentas corporativas. Me gustaría saber si tienen vacantes en Guadalajara o remoto; les comparto mi CV.",
  "DISQUALIFIED","P4","job seeker")
L("v26","pt","job-seeker","Gabriel Siqueira","gabriel.siqueira.tur@gmail.com","Estudante de Turismo",None,None,"Curitiba, Brazil",None,
  "Olá! Sou estudante de Turismo e vou morar na Cidade do México no próximo semestre por intercâmbio. Vocês oferecem estágio pra brasileiros? Falo espanhol e inglês.",
  "DISQUALIFIED","P4","internship applicant (job seeker)")
L("v27","es","vendor-pitch","Sofía Lara","slara@hotelrealdelrio.com.mx","Gerente de Ventas","Hotel Real del Río","Hotelería","Monterrey, México",180,
  "Nos encantaría que incluyeran nuestro hotel en su plataforma con tarifa corporativa preferente y 10% de comisión para ustedes. ¿Con quién puedo agendar una visita para presentarles el hotel?",
  "DISQUALIFIED","P4","a hotel (supplier) selling to the seller")
L("v28","en","vendor-pitch","Jake Morrison","jake@leadvault.io","Growth Manager","LeadVault","B2B data","Miami, USA",40,
  "Hey team, we've got 40k verified HR and procurement contacts in Mexico and Colombia, perfect for ViajaCorp's outbound. Want a free sample list of 200 contacts to try?",
  "DISQUALIFIED","P4","a data vendor selling to the seller")
L("v29","es","partner","Hernando Castaño","hcastano@viajesdelvalle.com.co","Gerente","Viajes del Valle","Agencia de viajes","Cali, Colombia",15,
  "Somos una agencia de viajes en Cali con clientes empresariales. Queremos revender su plataforma a nuestras cuentas y quedarnos con un margen. ¿Tienen programa de canal?",
  "DISQUALIFIED","P4","reseller asking for a channel partnership")
L("v30","es","competitor","Iván Rosales","irosales@viajesempresariales.com.mx","Coordinador Comercial","Viajes Empresariales","Turismo corporativo","Ciudad de México, México",120,
  "Hola, ¿cuánto cobran de fee por boleto emitido y con qué GDS trabajan? Gracias.",
  "DISQUALIFIED","P4","competitor domain")
L("v31","es","personal","Luis Fernando Castillo","luisfer.castillo@gmail.com",None,None,None,"Puebla, México",None,
  "Quiero cotizar un paquete todo incluido a Cancún para mí, mi esposa y mis dos hijos en Semana Santa. ¿Cuánto me sale?",
  "DISQUALIFIED","P4","private person, his own family holiday")
L("v32","pt","personal","Tatiana Moura","tatimoura@yahoo.com.br",None,None,None,"São Paulo, Brazil",None,
  "Vou passar minha lua de mel no México e queria que vocês montassem o roteiro pra mim e meu marido, Cancún e Tulum. Vocês fazem viagem particular?",
  "DISQUALIFIED","P4","private person, her own honeymoon")
L("v33","en","student","Ethan Park","ethan.park@uniandes.edu.co","MBA Student",None,None,"Bogotá, Colombia",None,
  "Hi, I'm an MBA student at Los Andes writing a paper on MICE tourism in Colombia. Could I interview one of your event managers for 20 minutes?",
  "DISQUALIFIED","P4","student, paper")
L("v34","es","spam","Inversiones Ya","info@cripto-ganancias.xyz",None,None,None,None,None,
  "¡¡Invierte desde $500 en criptomonedas y gana 300% al mes!! Cupos limitados, escríbenos por WhatsApp AHORA.",
  "DISQUALIFIED","P4","spam")
L("v35","es","disposable-email","Compras","compras.corp@guerrillamail.com","Gerente de Compras","Corporativo Delta","Manufactura","León, México",600,
  "Queremos cotizar agencia de viajes para 600 empleados este mes.",
  "DISQUALIFIED","P4","disposable email")
L("v36","es","too-little","Adriana Mejía","amejia@cementosdelcaribe.com.co","Directora Administrativa","Cementos del Caribe","Construcción","Barranquilla, Colombia",1300,
  "👍",
  "REVIEW","P3","an emoji only, nothing shows a need")
L("v37","en","too-little","Carlos Mendívil","cmendivil@grupovertice.com.mx","Procurement Manager","Grupo Vértice","Manufacturing","Monterrey, Mexico",900,
  "More info please",
  "REVIEW","P3","'more information' only, nothing shows a need")

PROFILE_BY_PREFIX = {"k": "cozinhapos", "h": "climatec", "v": "viajacorp"}

write("holdout5", PROFILE_BY_PREFIX)
