// CSV import of leads (POST /imports/leads): streamed, validated per row, idempotent per row, against the real API.
import { gql, login, readAnswer, startStack, type Stack } from './harness';

// Temporal is left unreachable here on purpose: 200,000 imported leads must not become workflows on the shared
// test server. Their outbox rows are what this suite checks; the relay would start them once Temporal is back.
const TEST_ENV = { TEMPORAL_ADDRESS: '127.0.0.1:9' };

// The brief's "+ Add Lead" form as a Spanish Excel export: BOM, ";" separator, a description with a line break.
const SPANISH_FILE =
  '\ufeffNombre;Correo;Puesto;Empresa;Industria;Ubicación;Teléfono;Edad;Género;Correo a notificar;Descripción;Empleados\r\n' +
  'Ana López;ana@acme.mx;CTO;Acme;Manufactura;"Monterrey, México";+52 81 1234 5678;41;F;;"Necesitamos respaldo urgente.\r\nSegunda línea; con punto y coma";1,200\r\n' +
  'Sin Correo;;Gerente;Beta;Retail;;;;;;;\r\n' +
  'Bruno Díaz;bruno@beta.mx;Director de TI;Beta;Retail;CDMX;;abc;;no-es-correo;Cotización;\r\n' +
  '\r\n' +
  'Carla Ruiz;carla@gamma.mx;Analista;Gamma;Finanzas;;;;;;"Dijo ""hola""";50\r\n';

interface Answer {
  status: number;
  body: any;
  text: string;
}

describe('POST /imports/leads', () => {
  let stack: Stack;
  let ops: string;
  let manager: string;

  beforeAll(async () => {
    stack = await startStack(TEST_ENV);
    [ops, manager] = await Promise.all([login(stack, 'ops@leadops.dev'), login(stack, 'manager@leadops.dev')]);
  });
  afterAll(async () => stack?.close());

  async function upload(body: string | Buffer | ReadableStream<Uint8Array>, opts: { token?: string | null; mapping?: unknown; contentType?: string } = {}): Promise<Answer> {
    const query = opts.mapping === undefined ? '' : `?mapping=${encodeURIComponent(typeof opts.mapping === 'string' ? opts.mapping : JSON.stringify(opts.mapping))}`;
    const token = opts.token === undefined ? ops : opts.token;
    const res = await fetch(`${stack.url}/imports/leads${query}`, {
      method: 'POST',
      headers: { 'content-type': opts.contentType ?? 'text/csv; charset=utf-8', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body as BodyInit,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    return readAnswer(res);
  }

  const leadCount = async () => (await stack.database.db.query('SELECT count(*)::int AS n FROM leads'))[0].n as number;

  it('imports a Spanish export (BOM, ";", quoted line breaks) and reports bad rows by file row and field', async () => {
    const answer = await upload(SPANISH_FILE, { token: manager });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ imported: 2, duplicates: 0, failed: 2, complete: true, truncated: false, ignoredColumns: [] });
    expect(answer.body.rows).toEqual([
      { row: 4, field: 'email', reason: 'is required' },
      { row: 5, field: 'notifyEmail', reason: expect.any(String) },
      { row: 5, field: 'age', reason: expect.stringContaining('integer') },
    ].sort((a, b) => a.row - b.row || 0));

    const leads = await stack.database.db.query(`SELECT * FROM leads WHERE source = 'import' ORDER BY full_name`);
    expect(leads).toHaveLength(2);
    expect(leads[0]).toMatchObject({
      full_name: 'Ana López', email: 'ana@acme.mx', job_position: 'CTO', company_name: 'Acme', industry: 'Manufactura', location: 'Monterrey, México',
      phone: '+52 81 1234 5678', age: 41, gender: 'F', notify_email: null, company_size: 1200, status: 'NEW',
      description: 'Necesitamos respaldo urgente.\r\nSegunda línea; con punto y coma',
    });
    expect(leads[1]).toMatchObject({ full_name: 'Carla Ruiz', description: 'Dijo "hola"', company_size: 50 });
    // Each imported lead has its workflow-start outbox row and its CREATED event by the uploader.
    const outbox = await stack.database.db.query(`SELECT count(*)::int AS n FROM outbox WHERE lead_id = ANY($1::uuid[])`, [leads.map((l: any) => l.id)]);
    expect(outbox[0].n).toBe(2);
    const events = await stack.database.db.query(
      `SELECT e.type, u.email FROM lead_events e JOIN users u ON u.id = e.actor_id WHERE e.lead_id = ANY($1::uuid[])`, [leads.map((l: any) => l.id)],
    );
    expect(events).toEqual([{ type: 'CREATED', email: 'manager@leadops.dev' }, { type: 'CREATED', email: 'manager@leadops.dev' }]);
  });

  it('creates nothing when the same file is imported again (and the rows are reported as duplicates)', async () => {
    const before = await leadCount();
    const answer = await upload(SPANISH_FILE);
    expect(answer.body).toMatchObject({ imported: 0, duplicates: 2, failed: 2 });
    expect(await leadCount()).toBe(before);
  });

  it('recognises the same rows in another layout: English headers, "," separator, LF, other column order and spacing', async () => {
    const before = await leadCount();
    const english =
      'Email,Full Name,Company Name,Job Position,Industry,Location,Phone,Age,Gender,Description,Company Size\n' +
      'ana@acme.mx,  Ana López ,Acme,CTO,Manufactura,"Monterrey, México",+52 81 1234 5678,41,F,"Necesitamos respaldo urgente.\r\nSegunda línea; con punto y coma","1,200"\n' +
      'dora@delta.com,Dora Delta,Delta,CEO,Retail,"Lima, Perú",,,,"Need a backup quote this month",\n' +
      'dora@delta.com,Dora Delta,Delta,CEO,Retail,"Lima, Perú",,,,"Need a backup quote this month",\n';
    const answer = await upload(english);
    expect(answer.body).toMatchObject({ imported: 1, duplicates: 2, failed: 0 });
    expect(await leadCount()).toBe(before + 1);
  });

  it('uses a header mapping, ignores unmapped columns and says which', async () => {
    const file = 'Cliente|Mail|Notas internas|Comentario\nEva Eme|eva@eme.mx|no importar|"Quiere una demo"\n';
    const answer = await upload(file, { mapping: { Cliente: 'fullName', Mail: 'email', Comentario: 'description', 'Notas internas': null } });
    expect(answer.body).toMatchObject({ imported: 1, failed: 0, ignoredColumns: ['Notas internas'] });
    const [lead] = await stack.database.db.query(`SELECT full_name, description FROM leads WHERE email = 'eva@eme.mx'`);
    expect(lead).toEqual({ full_name: 'Eva Eme', description: 'Quiere una demo' });
  });

  it('keeps going after bad rows: a wrong number of columns, a 6000-character description, an unterminated quote at the end', async () => {
    const file =
      'Full Name,Email,Description\n' +
      'Fabio Efe,fabio@efe.com,ok\n' +
      'Gina Ge,gina@ge.com\n' +
      `Hugo Hache,hugo@hache.com,${'x'.repeat(6000)}\n` +
      'Iris I,iris@i.com,"never closed\n';
    const answer = await upload(file);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ imported: 2, failed: 1, complete: false });
    expect(answer.body.rows[0]).toMatchObject({ row: 4, field: 'description' });
    expect(answer.body.rows[1]).toMatchObject({ row: 5, field: null, reason: expect.stringContaining('CSV syntax') });
  });

  it.each([
    ['no e-mail column', 'Nombre;Empresa\nAna;Acme\n', {}, 'header', /email/],
    ['two columns for the name', 'Name,Nombre,Email\nA,B,c@d.com\n', {}, 'header', /both fill fullName/],
    ['an empty file', '', {}, 'file', /empty/],
    ['only a BOM and blank lines', '\ufeff\r\n\r\n', {}, 'file', /empty/],
    ['a mapping that is not JSON', 'Name,Email\nA,a@b.com\n', { mapping: '{nope' }, 'mapping', /JSON/],
    ['a mapping to an unknown field', 'Name,Email\nA,a@b.com\n', { mapping: { Name: 'password' } }, 'mapping', /not a lead field/],
    ['a JSON body', '{"fullName":"A"}', { contentType: 'application/json' }, 'content-type', /text\/csv/],
    ['an unsupported charset', 'Name,Email\nA,a@b.com\n', { contentType: 'text/csv; charset=utf-16' }, 'content-type', /charset/],
  ])('refuses %s with 400 naming the problem, and imports nothing', async (_case, body, opts, field, message) => {
    const before = await leadCount();
    const answer = await upload(body, opts as never);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.body.error.message).toMatch(message);
    expect(await leadCount()).toBe(before);
  });

  it('reads a Latin-1 file when the charset says so', async () => {
    const answer = await upload(Buffer.from('Nombre;Correo;Ubicación\nJosé Núñez;jose@nunez.mx;Mérida\n', 'latin1'), { contentType: 'text/csv; charset=iso-8859-1' });
    expect(answer.body).toMatchObject({ imported: 1 });
    const [lead] = await stack.database.db.query(`SELECT full_name, location FROM leads WHERE email = 'jose@nunez.mx'`);
    expect(lead).toEqual({ full_name: 'José Núñez', location: 'Mérida' });
  });

  it('needs a token, and a sales ops or manager role', async () => {
    expect((await upload(SPANISH_FILE, { token: null })).status).toBe(401);
    expect((await upload(SPANISH_FILE, { token: 'not-a-jwt' })).status).toBe(401);
    const rep = await login(stack, 'rep1@leadops.dev');
    const answer = await upload(SPANISH_FILE, { token: rep });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('FORBIDDEN');
  });

  it('streams 100,000 rows (stored while the upload is still running), each lead with its outbox row; a re-import creates nothing', async () => {
    const rows = 100_000;
    let sentAll = 0;
    const makeFile = () => {
      let i = 0;
      const encoder = new TextEncoder();
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (i === 0) controller.enqueue(encoder.encode('\ufeffFull Name;Email;Company Name;Job Position;Industry;Description\n'));
          const lines: string[] = [];
          for (let n = 0; n < 2000 && i < rows; n++, i++) {
            lines.push(`Lead ${i};lead${i}@company${i % 997}.com;Company ${i % 997};${['CTO', 'IT Manager', 'Analyst'][i % 3]};Manufactura;"Respaldo de datos, ${i}.\nCotización este mes"`);
          }
          if (lines.length) controller.enqueue(encoder.encode(lines.join('\n') + '\n'));
          else {
            sentAll = Date.now();
            controller.close();
          }
        },
      });
    };
    const before = await leadCount();
    const started = Date.now();
    const answer = await upload(makeFile());
    const seconds = (Date.now() - started) / 1000;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ imported: rows, duplicates: 0, failed: 0, complete: true });
    expect(await leadCount()).toBe(before + rows);
    const [{ n, first }] = await stack.database.db.query(
      `SELECT count(o.id)::int AS n, min(l.created_at) AS first FROM leads l JOIN outbox o ON o.lead_id = l.id WHERE l.email LIKE 'lead%@company%'`,
    );
    expect(n).toBe(rows);
    // Streaming, not buffering: the first leads were committed before the client had sent the whole file.
    expect(new Date(first).getTime()).toBeLessThan(sentAll);
    console.log(`[csv-import] ${rows} rows in ${seconds.toFixed(1)} s; first lead stored ${((sentAll - new Date(first).getTime()) / 1000).toFixed(1)} s before the upload ended`);

    const again = await upload(makeFile());
    expect(again.body).toMatchObject({ imported: 0, duplicates: rows, failed: 0 });
    expect(await leadCount()).toBe(before + rows);
  }, 300_000);

  it('leaves the GraphQL lead list consistent with what was imported', async () => {
    const answer = await gql(stack, `{ leads(filter: { source: "import", search: "ana@acme.mx" }) { totalCount nodes { fullName source } } }`, {}, ops);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.leads).toEqual({ totalCount: 1, nodes: [{ fullName: 'Ana López', source: 'import' }] });
  });
});
