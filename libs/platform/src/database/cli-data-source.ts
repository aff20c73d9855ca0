import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source.options';

/** Used by the TypeORM CLI (migration:generate/run/revert): connects as the owner of the tables. */
export default new DataSource(dataSourceOptions(loadConfig().DATABASE_OWNER_URL, 2, 'cqp-cli'));
