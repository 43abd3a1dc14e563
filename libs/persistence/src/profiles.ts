import type { DataSource, EntityManager } from 'typeorm';
import type { CompanyProfile } from '@leadops/domain';

export const DEFAULT_PROFILE_ID = 'default';

export interface ProfileVersionRow {
  version: number;
  profile: CompanyProfile;
  created_at: Date;
  created_by: string | null;
}

/** Company profiles are append-only: saving makes a new version, and classifications name the version they used. */
export class ProfileStore {
  constructor(private readonly db: DataSource) {}

  async current(id = DEFAULT_PROFILE_ID, manager: EntityManager = this.db.manager): Promise<CompanyProfile | null> {
    const rows = await manager.query(
      'SELECT version, profile FROM company_profiles WHERE id = $1 ORDER BY version DESC LIMIT 1',
      [id],
    );
    if (rows.length === 0) return null;
    return { ...(rows[0].profile as CompanyProfile), id, version: rows[0].version };
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Stored versions as saved (newest first, at most `first`; or only `version`), with who saved them and when. */
  versionRows(id: string, which: { first: number } | { version: number }): Promise<ProfileVersionRow[]> {
    return 'version' in which
      ? this.db.query('SELECT version, profile, created_at, created_by FROM company_profiles WHERE id = $1 AND version = $2', [id, which.version])
      : this.db.query('SELECT version, profile, created_at, created_by FROM company_profiles WHERE id = $1 ORDER BY version DESC LIMIT $2', [id, which.first]);
  }

  async history(id = DEFAULT_PROFILE_ID): Promise<Array<CompanyProfile & { createdAt: Date; createdBy: string | null }>> {
    const rows = await this.db.query(
      'SELECT version, profile, created_at, created_by FROM company_profiles WHERE id = $1 ORDER BY version DESC',
      [id],
    );
    return rows.map((r: any) => ({ ...r.profile, id, version: r.version, createdAt: r.created_at, createdBy: r.created_by }));
  }

  /** Pass `manager` to save inside the caller's transaction (e.g. with its audit row). */
  async save(id: string, profile: CompanyProfile, createdBy: string | null, manager?: EntityManager): Promise<CompanyProfile> {
    const inTransaction = <T>(work: (tx: EntityManager) => Promise<T>) => (manager ? work(manager) : this.db.transaction(work));
    return inTransaction(async (tx) => {
      // Serialise concurrent saves of one profile so versions never collide.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`profile:${id}`]);
      const [{ next }] = await tx.query('SELECT coalesce(max(version), 0) + 1 AS next FROM company_profiles WHERE id = $1', [id]);
      const { id: _id, version: _v, ...data } = profile;
      await tx.query('INSERT INTO company_profiles (id, version, profile, created_by) VALUES ($1, $2, $3, $4)', [
        id,
        next,
        JSON.stringify(data),
        createdBy,
      ]);
      return { ...data, id, version: next } as CompanyProfile;
    });
  }
}
