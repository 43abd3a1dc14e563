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
  app.enableCors({ origin: config.api.corsOrigins, credentials: false });
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
