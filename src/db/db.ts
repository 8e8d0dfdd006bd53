import Dexie, { type EntityTable } from 'dexie';
import {
  type Complaint,
  type DailyStat,
  DB_NAME,
  type OutboxRow,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  type SearchChunk,
  type SeenPost,
  type SettingRow,
  type Sighting,
} from './schema';

export class SimakDb extends Dexie {
  posts!: EntityTable<SeenPost, 'key'>;
  complaints!: EntityTable<Complaint, 'id'>;
  dailyStats!: EntityTable<DailyStat, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  searchChunks!: EntityTable<SearchChunk, 'chunk'>;
  sightings!: EntityTable<Sighting, 'id'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
  }
}

let shared: SimakDb | undefined;
/** The one database of this extension context. */
export function db(): SimakDb {
  shared ??= new SimakDb();
  return shared;
}
