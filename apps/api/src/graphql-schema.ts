/**
 * The API's GraphQL schema as SDL, built from the resolvers alone (no database, no Temporal): what the console's
 * generated types are made from (apps/api/schema.graphql, `npm run codegen`). Sorted as the server sorts it.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AuditResolver } from './audit/audit.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { UserAccessResolver } from './auth/user-access.resolver';
import { CompanyProfileResolver } from './company-profile/company-profile.resolver';
import { LeadResolver } from './leads/lead.resolver';
import { MetricsResolver } from './metrics/metrics.resolver';
import { NurtureResolver } from './nurture/nurture.resolver';
import { PersonalDataResolver } from './personal-data/personal-data.resolver';
import { PolicyVersionsResolver } from './policy-versions/policy-versions.resolver';
import { RepsResolver } from './routing/reps.resolver';
import { LeadConversionScoreResolver, ScoringResolver } from './scoring/scoring.resolver';
import { RoutingRulesResolver } from './routing/routing-rules.resolver';
import { SlaResolver } from './sla/sla.resolver';
import { WebhookSubscriptionsResolver } from './webhooks/webhook-subscriptions.resolver';

/** Every resolver the app module serves; a resolver missing here is caught by the console's contract test against the running API. */
export const RESOLVERS = [
  AuditResolver, AuthResolver, CompanyProfileResolver, LeadResolver, MetricsResolver, NurtureResolver, PersonalDataResolver, PolicyVersionsResolver, RepsResolver,
  RoutingRulesResolver, SlaResolver, UserAccessResolver, WebhookSubscriptionsResolver, ScoringResolver, LeadConversionScoreResolver,
];

export async function schemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
