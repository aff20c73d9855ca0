import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '@app/platform/config/app-config';
import { BENCH_PASSWORD, schoolSlugPattern, seedScaleDataset } from './scale-dataset';
import { parseScaleArgs } from './scale-options';

/**
 * `npm run seed:scale -- --schools 35 --trainees 60000 --years 5 --seed 42 [--today YYYY-MM-DD]`: the national scale
 * dataset in the configured database (DATABASE_ADMIN_URL), next to what is there. A second run with the same seed finds
 * its schools and only reports their counts. Refused in production.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.NODE_ENV === 'production') throw new Error('the scale dataset is for benchmarks: refused with NODE_ENV=production');
  const options = parseScaleArgs(process.argv.slice(2));
  console.log(
    `Scale dataset: ${options.schools} schools, ${options.trainees} trainees, ${options.years} years, seed ${options.seed}, today ${options.today}`,
  );
  const connect = async (url = config.DATABASE_ADMIN_URL) => {
    const client = new Client({ connectionString: url, application_name: 'cqp-seed-scale' });
    await client.connect();
    return client;
  };
  const report = await seedScaleDataset(() => connect(), options, { log: (line) => console.log(line) });
  if (!report.created) console.log(`Already there (schools ${schoolSlugPattern(options.seed)}): nothing written.`);
  else console.log(`Created in ${report.seconds.toFixed(1)} s.`);
  console.table(Object.entries(report.counts).map(([table, rows]) => ({ table, rows })));
  const admin = await connect();
  try {
    const [{ size }] = (await admin.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`)).rows;
    console.log(`Database size: ${size}`);
    const [first] = (
      await admin.query(`SELECT slug FROM schools WHERE slug LIKE $1 ORDER BY slug LIMIT 1`, [schoolSlugPattern(options.seed)])
    ).rows;
    console.log(`Every account's password: ${BENCH_PASSWORD}`);
    console.log(`  e.g. direction@${first.slug}.scale.test (school administrator), secretariat@…, formateur1@…`);
  } finally {
    await admin.end();
  }
  if (report.created) await analyse(await connect(config.DATABASE_OWNER_URL));
}

/** Fresh planner statistics for the tables just filled (ANALYZE needs the tables' owner). */
async function analyse(owner: Client): Promise<void> {
  try {
    const started = process.hrtime.bigint();
    await owner.query('ANALYZE');
    console.log(`ANALYZE: ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
  } finally {
    await owner.end();
  }
}

main().catch((err: Error) => {
  console.error(`Scale seed failed: ${err.message}`);
  process.exit(1);
});
