import bcrypt from 'bcryptjs';
import type { DataSource } from 'typeorm';
import type { CompanyProfile } from '@leadops/domain';
import { DEFAULT_PROFILE_ID, ProfileStore } from './profiles';
import sasProfile from './demo-profile.sas.json';

export const DEMO_PASSWORD = 'leadops';
export const DEMO_TEAM = 'Ventas México';
export const DEMO_USERS = [
  { email: 'ops@leadops.dev', name: 'Olga Operaciones', role: 'SALES_OPS' },
  { email: 'manager@leadops.dev', name: 'Mario Gerente', role: 'MANAGER' },
  { email: 'rep1@leadops.dev', name: 'Rita Ventas', role: 'REP' },
  { email: 'rep2@leadops.dev', name: 'Ramón Ventas', role: 'REP' },
] as const;

/** The demo team, users, the brief's SAS company profile and one routing rule; safe to run again. */
export async function seedDemoData(db: DataSource): Promise<void> {
  const [team] = await db.query(
    `INSERT INTO teams (name, time_zone) VALUES ($1, 'America/Mexico_City')
     ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [DEMO_TEAM],
  );
  const hash = await bcrypt.hash(DEMO_PASSWORD, 10);
  for (const u of DEMO_USERS) {
    await db.query(
      `INSERT INTO users (email, display_name, password_hash, role, team_id, languages, territories)
       VALUES ($1, $2, $3, $4, $5, '{es,en}', '{MX,US}') ON CONFLICT (email) DO NOTHING`,
      [u.email, u.name, hash, u.role, team.id],
    );
  }
  const profiles = new ProfileStore(db);
  if (!(await profiles.current(DEFAULT_PROFILE_ID))) {
    const { id: _id, ...profile } = sasProfile as CompanyProfile & { id: string };
    await profiles.save(DEFAULT_PROFILE_ID, profile as CompanyProfile, null);
  }
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM routing_rules');
  if (n === 0) {
    await db.query(
      `INSERT INTO routing_rules (name, position, conditions, strategy, team_id)
       VALUES ('Sales-ready leads: round-robin in the team', 1, '{"stages":["SQL","MQL","REVIEW"]}', 'ROUND_ROBIN', $1)`,
      [team.id],
    );
  }
}
