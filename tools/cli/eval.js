// `npm run -s eval [-- --classifier rules|llm]`: scores ../shared/eval/dev-leads.jsonl.
require('./launcher').run('eval.js');
