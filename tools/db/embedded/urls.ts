/** Connection strings: building them for the embedded server, deriving one from another, describing one without credentials. */
import { SUPERUSER } from './config.ts';

/** postgresql://postgres:<password>@127.0.0.1:<port>/<database>. */
export function makeUrl(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Admin URL (maintenance database `postgres`) for the server of any connection string. */
export function adminUrlFor(connectionString: string): string {
  const url = new URL(connectionString);
  url.pathname = '/postgres';
  return url.toString();
}

/** The same server's URL for another database. */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** host:port/database of a connection string, without credentials. */
export function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
