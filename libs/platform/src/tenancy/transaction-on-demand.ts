import { SetMetadata } from '@nestjs/common';

export const TRANSACTION_ON_DEMAND = 'tenancy:on-demand';

/**
 * The handler opens its tenant transaction itself (`Db.withinSchool`) when it needs the database, instead of the
 * request running in one from the start: for reads served from the read cache, which then touch no connection.
 */
export const TransactionOnDemand = () => SetMetadata(TRANSACTION_ON_DEMAND, true);
