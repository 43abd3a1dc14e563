import { Module } from '@nestjs/common';
import { MetricsResolver } from './metrics.resolver';
import { MetricsService } from './metrics.service';
import { PrometheusController } from './prometheus.controller';
import { PrometheusService } from './prometheus.service';

@Module({ providers: [MetricsService, MetricsResolver, PrometheusService], controllers: [PrometheusController] })
export class MetricsModule {}
