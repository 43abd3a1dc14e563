import { DummyDriver, Kysely, PostgresAdapter, PostgresDialect, PostgresIntrospector, PostgresQueryCompiler, type ColumnType } from 'kysely';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/**
 * The columns the typed query builder reads, as the migrations define them (snake_case, like the SQL). Only what the
 * built queries use is listed: the schema's source of truth stays the reviewed SQL migrations.
 */
export interface LeadsTable {
  id: string;
  created_at: Timestamp;
  stage: string | null;
  priority: string | null;
  status: string;
  sla_state: string;
  sla_due_at: Timestamp | null;
  owner_id: string | null;
  team_id: string | null;
  source: string;
  search_text: string;
  merged_into: string | null;
  conversion_probability: number | null;
}

export interface UsersTable {
  id: string;
  role: string;
  team_id: string | null;
  active: boolean;
  capacity: number;
  routing_weight: number;
  skills: string[];
  languages: string[];
  territories: string[];
  time_zone: string;
  language: string;
  working_hours: string | null;
  out_of_office: string;
  updated_at: Timestamp;
}

export interface LeadOpsTables {
  leads: LeadsTable;
  users: UsersTable;
}

export type LeadOpsQueryBuilder = Kysely<LeadOpsTables>;

/**
 * A Kysely query builder over the DataSource's own pg pool: the same connections (and limits) TypeORM uses, no
 * second pool. Kysely only builds and runs SQL here; entities, migrations and transactions stay TypeORM's.
 */
export function createQueryBuilder(db: DataSource): LeadOpsQueryBuilder {
  // Read at the first query: the API builds its providers before the DataSource has connected.
  const pool = async (): Promise<Pool> => {
    const master = (db.driver as unknown as { master?: Pool }).master;
    if (!master) throw new Error('the DataSource is not connected');
    return master;
  };
  return new Kysely<LeadOpsTables>({ dialect: new PostgresDialect({ pool }) });
}

/** A builder that only compiles (never connects): the SQL snapshot test prints the hot queries with it. */
export function createCompileOnlyQueryBuilder(): LeadOpsQueryBuilder {
  return new Kysely<LeadOpsTables>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}
