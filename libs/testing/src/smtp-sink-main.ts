// `node libs/testing/dist/smtp-sink-main.js [port]`: a local SMTP server for `npm start`; prints each message it gets.
import { startSmtpSink } from './smtp-sink';

const port = Number(process.argv[2] ?? process.env['SMTP_PORT'] ?? 1025);
startSmtpSink(port, (m) => console.log(`[mail] to ${m.to.join(', ')}: ${m.subject}`))
  .then((sink) => console.log(`[mail] local SMTP sink on 127.0.0.1:${sink.port}`))
  .catch((error) => {
    console.error(`[mail] ${(error as Error).message}`);
    process.exit(1);
  });
