/** The options and results of starting the embedded PostgreSQL, and its error type. */
export type EmbeddedMode = 'dev' | 'test';

export interface EmbeddedOptions {
  /** 'dev' (default): persistent cluster in .data/postgres. 'test': throw-away cluster, wiped on stop. */
  mode?: EmbeddedMode;
  /** Preferred port; default EMBEDDED_PG_PORT / EMBEDDED_PG_TEST_PORT or 54329 / 54339. Another free port is used if taken. */
  port?: number;
  /** Progress messages. Default: silent. */
  log?: (message: string) => void;
  /**
   * Stop the server on SIGINT/SIGTERM/SIGHUP and re-raise the signal (default true).
   * Pass false when the caller handles signals and calls stop() itself.
   */
  handleSignals?: boolean;
}

export interface EmbeddedServer {
  mode: EmbeddedMode;
  port: number;
  dataDir: string;
  /** Connection string for the `postgres` maintenance database (CREATE/DROP DATABASE). */
  adminUrl: string;
  /** Connection string for `database` on this server. */
  urlFor(database: string): string;
  /** False when another live process started the server and we are only borrowing it. */
  owned: boolean;
  /** True when this call ran initdb (first run). */
  initialized: boolean;
  /** Shuts the server down (no-op when not owned). Test clusters are deleted. */
  stop(): Promise<void>;
}

export interface EmbeddedDatabase extends EmbeddedServer {
  database: string;
  connectionString: string;
  /** True when the database did not exist and was created. */
  createdDatabase: boolean;
}

/** A problem with the local set-up; the message says what to do. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}
