import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, errorForLog, loadConfig } from '@leadops/config';
import { AppModule } from './app.module';
import { refuseLargeBodies } from './imports/stream-body';

export async function createApp() {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { rawBody: true, logger: ['error', 'warn'] });
  // Only the CSV import takes a large body, streamed after its token is checked (imports/stream-body.ts); every other
  // route refuses a declared body over the JSON limit before reading a byte of it.
  app.use(refuseLargeBodies(config.api.bodyLimit));
  app.useBodyParser('json', { limit: config.api.bodyLimit });
  // Some form tools post their JSON as text/plain: the inbound webhook reads it from the raw body, at the same limit.
  app.useBodyParser('text', { limit: config.api.bodyLimit, type: ['text/plain'] });
  // The console's origins everywhere; the Temporal UI's origin also on the codec endpoint it calls from the browser.
  const temporalUiOrigin = new URL(config.temporal.uiUrl).origin;
  // The UI sends the sales-ops codec cookie (credentials), so only its origin may read the codec's answers that way.
  app.enableCors((req: { url?: string }, allow: (error: Error | null, options: { origin: string[]; credentials: boolean }) => void) =>
    allow(null, req.url?.startsWith('/temporal-codec/') ? { origin: [temporalUiOrigin], credentials: true } : { origin: config.api.corsOrigins, credentials: false }),
  );
  app.set('trust proxy', config.api.trustProxy);
  app.enableShutdownHooks();
  return { app, config };
}

async function main() {
  const { app, config } = await createApp();
  await app.listen(config.api.port, '0.0.0.0');
  console.log(`[api] GraphQL on http://localhost:${config.api.port}/graphql`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof ConfigError ? `[api] configuration error: ${error.message}` : `[api] ${errorForLog(error)}`);
    process.exit(1);
  });
}
