// `npm run -s classify -- --profiles DIR --in LEADS.jsonl --out OUT.jsonl [--classifier rules|llm]`
require('./launcher').run('classify.js');
