import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import type { UserLanguage } from '@leadops/domain';
import { createCompileOnlyQueryBuilder } from './query-builder';
import { isActiveUserEmail } from './user-access-store';
import type { DateRange, WorkingHours } from './entities';

/** Role, team and account of a user as the API shows them, with the open leads they own. */
export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: 'SALES_OPS' | 'MANAGER' | 'REP';
  teamId: string | null;
  active: boolean;
  capacity: number;
  /** en, es or pt-BR: the e-mails to them are in it. */
  language: UserLanguage;
  openLeads: number;
}

/** A rep as routing sees them: capacity, weight, skills, hours (working hours and out-of-office as stored JSON). */
export interface RepRow {
  id: string;
  email: string;
  displayName: string;
  teamId: string | null;
  active: boolean;
  capacity: number;
  routingWeight: number;
  skills: string[];
  languages: string[];
  territories: string[];
  timeZone: string;
  language: UserLanguage;
  workingHours: WorkingHours | null;
  outOfOffice: DateRange[] | null;
  openLeads: number;
}

export interface TeamRow {
  id: string;
  name: string;
  timeZone: string;
  createdAt: Date;
}

/** What a sign-in checks. */
export interface UserCredentials {
  id: string;
  email: string;
  role: UserRow['role'];
  teamId: string | null;
  passwordHash: string;
  active: boolean;
  /** Tokens carry it; a revocation bumps it. */
  sessionVersion: number;
}

/** The fields of a rep sales ops may change; a field left out stays as it is. */
export interface RepChanges {
  active?: boolean;
  capacity?: number;
  routingWeight?: number;
  skills?: string[];
  languages?: string[];
  territories?: string[];
  timeZone?: string;
  language?: UserLanguage;
  workingHours?: WorkingHours | null;
  outOfOffice?: DateRange[];
  teamId?: string | null;
}

/** Everyone, or one team. */
export type TeamScope = { teamId: string | null } | 'everyone';

// Kept exact by a trigger with every lead change (migration 013), the number routing checks capacity against.
const OPEN_LEADS = `u.open_leads AS "openLeads"`;
const REP_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.team_id AS "teamId", u.active, u.capacity, u.routing_weight AS "routingWeight",
  u.skills, u.languages, u.territories, u.time_zone AS "timeZone", u.language, u.working_hours AS "workingHours", u.out_of_office AS "outOfOffice",
  ${OPEN_LEADS}`;
const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.team_id AS "teamId", u.active, u.capacity, u.language,
  ${OPEN_LEADS}`;
const TEAM_COLUMNS = `id, name, time_zone AS "timeZone", created_at AS "createdAt"`;

const compiler = createCompileOnlyQueryBuilder();

/** Users (sales ops, managers, reps) and teams: who signs in, who routing assigns to. */
export class UserStore {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async user(id: string, manager: EntityManager = this.db.manager): Promise<UserRow | null> {
    const [row] = await manager.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
    return row ?? null;
  }

  async usersByIds(ids: readonly string[]): Promise<UserRow[]> {
    if (ids.length === 0) return [];
    return this.db.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ANY($1::uuid[])`, [ids]);
  }

  async users(scope: TeamScope, role: UserRow['role'] | null): Promise<UserRow[]> {
    const params: unknown[] = [];
    const where = [scopeCondition(scope, params)];
    if (role) {
      params.push(role);
      where.push(`u.role = $${params.length}`);
    }
    return this.db.query(`SELECT ${USER_COLUMNS} FROM users u WHERE ${where.join(' AND ')} ORDER BY u.display_name, u.id`, params);
  }

  async credentials(email: string): Promise<UserCredentials | null> {
    const [row] = await this.db.query('SELECT id, email, role, team_id, password_hash, active, session_version FROM users WHERE email = $1', [email]);
    return row
      ? { id: row.id, email: row.email, role: row.role, teamId: row.team_id, passwordHash: row.password_hash, active: row.active, sessionVersion: row.session_version }
      : null;
  }

  /** Whether `email` is an active LeadOps user's (a notify address may be one). */
  isActiveUserEmail(email: string): Promise<boolean> {
    return isActiveUserEmail(this.db, email);
  }

  async reps(scope: TeamScope): Promise<RepRow[]> {
    const params: unknown[] = [];
    return this.db.query(`SELECT ${REP_COLUMNS} FROM users u WHERE u.role = 'REP' AND ${scopeCondition(scope, params)} ORDER BY u.display_name, u.id`, params);
  }

  async rep(id: string, manager: EntityManager = this.db.manager): Promise<RepRow | null> {
    const [row] = await manager.query(`SELECT ${REP_COLUMNS} FROM users u WHERE u.id = $1 AND u.role = 'REP'`, [id]);
    return row ?? null;
  }

  /** An active rep (a lead may be given to them), or null. */
  async activeRep(id: string): Promise<{ id: string; teamId: string | null } | null> {
    const [row] = await this.db.query(`SELECT id, team_id FROM users WHERE id = $1 AND role = 'REP' AND active`, [id]);
    return row ? { id: row.id, teamId: row.team_id } : null;
  }

  async activeReps(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<Array<{ id: string; teamId: string | null }>> {
    if (ids.length === 0) return [];
    const rows: Array<{ id: string; team_id: string | null }> = await manager.query(
      `SELECT id, team_id FROM users WHERE id = ANY($1::uuid[]) AND role = 'REP' AND active`, [ids],
    );
    return rows.map((r) => ({ id: r.id, teamId: r.team_id }));
  }

  /** Writes the given fields only (one UPDATE built from what changed); false when nothing was to change. */
  async updateRep(id: string, changes: RepChanges, manager: EntityManager): Promise<boolean> {
    const set: Record<string, unknown> = {};
    if (changes.active !== undefined) set['active'] = changes.active;
    if (changes.capacity !== undefined) set['capacity'] = changes.capacity;
    if (changes.routingWeight !== undefined) set['routing_weight'] = changes.routingWeight;
    if (changes.skills !== undefined) set['skills'] = changes.skills;
    if (changes.languages !== undefined) set['languages'] = changes.languages;
    if (changes.territories !== undefined) set['territories'] = changes.territories;
    if (changes.timeZone !== undefined) set['time_zone'] = changes.timeZone;
    if (changes.language !== undefined) set['language'] = changes.language;
    if (changes.workingHours !== undefined) set['working_hours'] = changes.workingHours === null ? null : JSON.stringify(changes.workingHours);
    if (changes.outOfOffice !== undefined) set['out_of_office'] = JSON.stringify(changes.outOfOffice);
    if (changes.teamId !== undefined) set['team_id'] = changes.teamId;
    if (Object.keys(set).length === 0) return false;
    const update = compiler
      .updateTable('users')
      .set({ ...set, updated_at: sql<Date>`now()` } as never)
      .where('id', '=', id)
      .compile();
    await manager.query(update.sql, [...update.parameters]);
    return true;
  }

  async teamExists(id: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const [team] = await manager.query('SELECT id FROM teams WHERE id = $1', [id]);
    return team !== undefined;
  }

  async teams(scope: TeamScope): Promise<TeamRow[]> {
    if (scope === 'everyone') return this.db.query(`SELECT ${TEAM_COLUMNS} FROM teams ORDER BY name`);
    return this.db.query(`SELECT ${TEAM_COLUMNS} FROM teams WHERE id = $1`, [scope.teamId]);
  }

  /** The new team, or null when the name is taken. */
  async createTeam(name: string, timeZone: string, manager: EntityManager): Promise<TeamRow | null> {
    const rows = await manager.query(
      `INSERT INTO teams (name, time_zone) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING ${TEAM_COLUMNS}`,
      [name, timeZone],
    );
    return rows[0] ?? null;
  }

  /** The new user's id, or null when the e-mail is taken. */
  async createUser(
    user: { email: string; displayName: string; passwordHash: string; role: UserRow['role']; teamId: string | null; language?: UserLanguage },
    manager: EntityManager,
  ): Promise<string | null> {
    const rows = await manager.query(
      `INSERT INTO users (email, display_name, password_hash, role, team_id, language) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.email, user.displayName, user.passwordHash, user.role, user.teamId, user.language ?? 'en'],
    );
    return rows[0]?.id ?? null;
  }
}

function scopeCondition(scope: TeamScope, params: unknown[]): string {
  if (scope === 'everyone') return 'TRUE';
  params.push(scope.teamId);
  return `u.team_id = $${params.length}`;
}
