import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { SafeTextPipe } from './safe-text.pipe';

/** Input checks that hold for every operation of every module. */
@Module({ providers: [{ provide: APP_PIPE, useClass: SafeTextPipe }] })
export class InputChecksModule {}
