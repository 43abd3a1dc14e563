import { Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { streamImportBodies } from './stream-body';

@Module({ controllers: [ImportsController], providers: [ImportsService] })
export class ImportsModule {
  constructor(adapterHost: HttpAdapterHost) {
    // Module constructors run inside NestFactory.create, before createApp() adds its body parsers: this goes first.
    adapterHost.httpAdapter.use(streamImportBodies);
  }
}
