import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StreamTicketStore } from '@leadops/persistence';
import { LiveController } from './live.controller';

@Module({
  controllers: [LiveController],
  providers: [{ provide: StreamTicketStore, inject: [DataSource], useFactory: (db: DataSource) => new StreamTicketStore(db) }],
})
export class LiveModule {}
