/** Where the embedded PostgreSQL keeps its files, and its default ports, database and superuser. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DATA_ROOT = path.join(REPO_ROOT, '.data');

export const DEFAULT_DEV_PORT = 54329;
export const DEFAULT_TEST_PORT = 54339;
export const DEFAULT_DATABASE = 'newsroom';
export const SUPERUSER = 'postgres';
