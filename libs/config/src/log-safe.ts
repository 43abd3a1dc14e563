// Logs go to places lead data must not: log shippers, support tickets, screenshots. An error from the database driver
// carries the statement's parameters (a lead's name, e-mail, description) and often quotes the offending value in its
// message (invalid input syntax for type uuid: "ana@acme.mx"); this turns any error into a line without them.

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE = /\+?\d[\d\s().-]{6,}\d/g;
const QUOTED = /"[^"\n]{1,2000}"|'[^'\n]{1,2000}'/g;

/** The text with e-mail addresses, phone numbers and quoted values replaced. */
export function redactLeadData(text: string): string {
  return text.replace(QUOTED, (q) => `${q[0]}…${q[0]}`).replace(EMAIL, '<e-mail>').replace(PHONE, '<number>');
}

/**
 * One log entry for an error: its class, code and message (redacted) and its stack frames; never the driver's
 * `parameters`, `detail`, `where` or `driverError` fields, which hold the values of the statement.
 */
export function errorForLog(error: unknown): string {
  if (!(error instanceof Error)) return redactLeadData(String(error));
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 12).join('\n');
  const cause = error.cause ? `\n  caused by ${errorForLog(error.cause).replace(/\n/g, '\n  ')}` : '';
  return `${error.name}${typeof code === 'string' || typeof code === 'number' ? ` [${code}]` : ''}: ${redactLeadData(error.message)}${frames ? `\n${frames}` : ''}${cause}`;
}
