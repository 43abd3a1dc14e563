import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isValidTimeZone } from '@leadops/domain';
import type { DateRange, WorkingHours } from '@leadops/persistence';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/auth.service';
import type { AuthUser } from '../auth/auth.types';
import type { UserModel, UserRoleEnum } from '../auth/users.service';
import { LeadOpsError } from '../core/errors';
import { FieldErrors, isUuid } from '../input-checks/field-errors';
import { isIsoDate, toOpeningHours, toWeekHours } from '../sla/opening-hours';
import type { RepInput } from './dto/rep.input';
import type { TeamInput } from './dto/team.input';
import type { UserInput } from './dto/user.input';
import type { RepModel, TeamModel } from './routing.model';

const REP_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.team_id AS "teamId", u.active, u.capacity, u.routing_weight AS "routingWeight",
  u.skills, u.languages, u.territories, u.time_zone AS "timeZone", u.working_hours AS "workingHours", u.out_of_office AS "outOfOffice",
  (SELECT count(*)::int FROM leads l WHERE l.owner_id = u.id AND l.status <> 'CLOSED') AS "openLeads"`;
const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.team_id AS "teamId", u.active, u.capacity,
  (SELECT count(*)::int FROM leads l WHERE l.owner_id = u.id AND l.status <> 'CLOSED') AS "openLeads"`;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

function toRep(row: any): RepModel {
  return { ...row, workingHours: toOpeningHours(row.workingHours), outOfOffice: row.outOfOffice ?? [] };
}

/** The people routing assigns to, their teams and accounts: sales ops manage them, managers see their own team. */
@Injectable()
export class RepsService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A manager sees their own team only; sales ops see everyone. */
  private scope(user: AuthUser, params: unknown[]): string {
    if (user.role === 'SALES_OPS') return 'TRUE';
    params.push(user.teamId);
    return `u.team_id = $${params.length}`;
  }

  async reps(user: AuthUser): Promise<RepModel[]> {
    const params: unknown[] = [];
    const rows = await this.db.query(`SELECT ${REP_COLUMNS} FROM users u WHERE u.role = 'REP' AND ${this.scope(user, params)} ORDER BY u.display_name, u.id`, params);
    return rows.map(toRep);
  }

  async users(user: AuthUser, role: UserRoleEnum | null): Promise<UserModel[]> {
    const params: unknown[] = [];
    const where = [this.scope(user, params)];
    if (role) {
      params.push(role);
      where.push(`u.role = $${params.length}`);
    }
    return this.db.query(`SELECT ${USER_COLUMNS} FROM users u WHERE ${where.join(' AND ')} ORDER BY u.display_name, u.id`, params);
  }

  teams(user: AuthUser): Promise<TeamModel[]> {
    if (user.role === 'SALES_OPS') return this.db.query('SELECT id, name, time_zone AS "timeZone", created_at AS "createdAt" FROM teams ORDER BY name');
    return this.db.query('SELECT id, name, time_zone AS "timeZone", created_at AS "createdAt" FROM teams WHERE id = $1', [user.teamId]);
  }

  private async rep(id: string, manager: EntityManager): Promise<RepModel> {
    const [row] = isUuid(id) ? await manager.query(`SELECT ${REP_COLUMNS} FROM users u WHERE u.id = $1 AND u.role = 'REP'`, [id]) : [];
    if (!row) throw new LeadOpsError('NOT_FOUND', `id: no rep with id ${String(id).slice(0, 64)}`, 'id');
    return toRep(row);
  }

  async updateRep(user: AuthUser, id: string, input: RepInput): Promise<RepModel> {
    const errors = new FieldErrors();
    const sets: string[] = [];
    const params: unknown[] = [];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length + 1}`);
    };
    if (input.active !== undefined && input.active !== null) set('active', input.active);
    if (input.capacity !== undefined && input.capacity !== null) set('capacity', errors.int('capacity', input.capacity, 0, 10_000));
    if (input.routingWeight !== undefined && input.routingWeight !== null) set('routing_weight', errors.int('routingWeight', input.routingWeight, 0, 1000));
    for (const field of ['skills', 'languages', 'territories'] as const) {
      if (input[field] !== undefined && input[field] !== null) set(field, errors.list(field, input[field], { max: 50, itemMax: 100 }));
    }
    if (input.timeZone !== undefined && input.timeZone !== null) {
      const tz = errors.text('timeZone', input.timeZone, { required: true, max: 64, singleLine: true });
      if (tz !== null && !isValidTimeZone(tz)) errors.add('timeZone', `"${tz}" is not an IANA time zone like America/Mexico_City`);
      set('time_zone', tz);
    }
    if (input.workingHours === null) set('working_hours', null);
    else if (input.workingHours !== undefined) set('working_hours', JSON.stringify(toWeekHours('workingHours', input.workingHours, errors) satisfies WorkingHours));
    if (input.outOfOffice !== undefined && input.outOfOffice !== null) {
      if (input.outOfOffice.length > 100) errors.add('outOfOffice', 'at most 100 periods');
      const ranges: DateRange[] = input.outOfOffice.slice(0, 100).map((r, i) => {
        if (!isIsoDate(r.from)) errors.add(`outOfOffice[${i}].from`, 'must be a date YYYY-MM-DD');
        if (!isIsoDate(r.to)) errors.add(`outOfOffice[${i}].to`, 'must be a date YYYY-MM-DD');
        else if (isIsoDate(r.from) && r.to < r.from) errors.add(`outOfOffice[${i}].to`, 'must not be before from');
        return { from: r.from, to: r.to };
      });
      set('out_of_office', JSON.stringify(ranges));
    }
    if (input.teamId !== undefined) {
      if (input.teamId !== null) {
        const [team] = isUuid(input.teamId) ? await this.db.query('SELECT id FROM teams WHERE id = $1', [input.teamId]) : [];
        if (!team) errors.add('teamId', `no team with id ${String(input.teamId).slice(0, 64)}`);
      }
      set('team_id', input.teamId);
    }
    errors.throwIfAny();
    return this.db.transaction(async (tx) => {
      const before = await this.rep(id, tx);
      if (sets.length === 0) return before;
      await tx.query(`UPDATE users SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [before.id, ...params]);
      const after = await this.rep(id, tx);
      await this.audit.record({ actorId: user.id, entity: 'rep', entityId: before.id, action: 'UPDATE', before, after }, tx);
      return after;
    });
  }

  async createTeam(user: AuthUser, input: TeamInput): Promise<TeamModel> {
    const errors = new FieldErrors();
    const name = errors.text('name', input.name, { required: true, max: 200, singleLine: true });
    const timeZone = errors.text('timeZone', input.timeZone ?? 'America/Mexico_City', { required: true, max: 64, singleLine: true });
    if (timeZone !== null && !isValidTimeZone(timeZone)) errors.add('timeZone', `"${timeZone}" is not an IANA time zone like America/Mexico_City`);
    errors.throwIfAny();
    return this.db.transaction(async (tx) => {
      const rows = await tx.query(
        `INSERT INTO teams (name, time_zone) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id, name, time_zone AS "timeZone", created_at AS "createdAt"`,
        [name, timeZone],
      );
      if (!rows.length) throw new LeadOpsError('CONFLICT', `name: a team called "${name}" exists already`, 'name');
      await this.audit.record({ actorId: user.id, entity: 'team', entityId: rows[0].id, action: 'CREATE', after: rows[0] }, tx);
      return rows[0];
    });
  }

  async createUser(user: AuthUser, input: UserInput): Promise<UserModel> {
    const errors = new FieldErrors();
    const email = errors.text('email', input.email, { required: true, max: 320, singleLine: true })?.toLowerCase() ?? null;
    if (email !== null && !EMAIL.test(email)) errors.add('email', 'is not an e-mail address');
    const displayName = errors.text('displayName', input.displayName, { required: true, max: 200, singleLine: true });
    if (typeof input.password !== 'string' || input.password.length < 10) errors.add('password', 'at least 10 characters');
    else if (input.password.length > 200) errors.add('password', 'at most 200 characters');
    const teamId = input.teamId ?? null;
    if (teamId === null && input.role !== 'SALES_OPS') errors.add('teamId', `a ${input.role === 'MANAGER' ? 'manager' : 'rep'} needs a team`);
    if (teamId !== null) {
      const [team] = isUuid(teamId) ? await this.db.query('SELECT id FROM teams WHERE id = $1', [teamId]) : [];
      if (!team) errors.add('teamId', `no team with id ${teamId.slice(0, 64)}`);
    }
    errors.throwIfAny();
    const hash = await hashPassword(input.password);
    return this.db.transaction(async (tx) => {
      const rows = await tx.query(
        `INSERT INTO users (email, display_name, password_hash, role, team_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, displayName, hash, input.role, teamId],
      );
      if (!rows.length) throw new LeadOpsError('CONFLICT', 'email: a user with this e-mail exists already', 'email');
      const [created] = await tx.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [rows[0].id]);
      await this.audit.record({ actorId: user.id, entity: 'user', entityId: created.id, action: 'CREATE', after: created }, tx);
      return created;
    });
  }
}
