import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig } from '@leadops/config';
import { AppModule } from './app.module';

export async function createApp() {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { rawBody: true, logger: ['error', 'warn'] });
  app.useBodyParser('json', { limit: config.api.bodyLimit });
  app.useBodyParser('text', { limit: '50mb', type: ['text/csv', 'text/plain'] });
  // The console's origins everywhere; the Temporal UI's origin also on the codec endpoint it calls from the browser.
  const temporalUiOrigin = new URL(config.temporal.uiUrl).origin;
  app.enableCors((req: { url?: string }, allow: (error: Error | null, options: { origin: string[]; credentials: boolean }) => void) =>
    allow(null, { origin: req.url?.startsWith('/temporal-codec/') ? [...config.api.corsOrigins, temporalUiOrigin] : config.api.corsOrigins, credentials: false }),
  );
  app.set('trust proxy', 'loopback');
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
    console.error(error instanceof ConfigError ? `[api] configuration error: ${error.message}` : error);
    process.exit(1);
  });
}
