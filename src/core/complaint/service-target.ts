// Does an English post name a service to complain to or about? A complaint is a grievance
// addressed to or about a service, company or institution (docs/annotation.md), and English
// posts on anything (a TV show, a team, the weather) are full of the cue model's problem words
// ("not", "still", "again", "can't") and of negative feeling. Without one of these targets, an
// English post's cues are no complaint: english-complaint.ts discounts them.
import type { Token } from '../text/token';
import { RECORD_SHIFT, RECORDS, TokenTable, UNKNOWN } from '../text/token-table';

/**
 * Words that name a service, what a customer buys or is owed, or the dealings with it. Plain
 * English, written from the complaint definition and the project's own service tweets
 * (data/corpus-en/services.txt, tech.txt), with the usual inflections spelt out. Left out as
 * they name sport, shows and news as often (read on the project's general tweets): card,
 * contract, driver, manager, agent, fee, ticket, room, plan, call, return, office, claim,
 * cancelled (an event is cancelled: a cancelled flight, order or subscription names it),
 * car, data, coverage, response, streaming.
 */
export const SERVICE_WORDS = [
  // Orders, deliveries, returns and money back.
  'order',
  'orders',
  'ordered',
  'delivery',
  'deliveries',
  'deliver',
  'delivered',
  'parcel',
  'package',
  'shipment',
  'shipping',
  'shipped',
  'tracking',
  'courier',
  'refund',
  'refunds',
  'refunded',
  'replacement',
  'warranty',
  'receipt',
  'item',
  'items',
  'product',
  'products',
  'bought',
  'purchase',
  'purchased',
  'voucher',
  'coupon',
  'discount',
  'cart',
  'checkout',
  'stock',
  // Money: bills, charges, payments, prices.
  'bill',
  'bills',
  'billing',
  'billed',
  'invoice',
  'charge',
  'charged',
  'charges',
  'charging',
  'overcharged',
  'payment',
  'payments',
  'paid',
  'pay',
  'price',
  'prices',
  'subscription',
  'subscribed',
  'membership',
  'compensation',
  'bank',
  'overdrawn',
  'insurance',
  'transaction',
  'atm',
  'loan',
  'mortgage',
  'deposit',
  'statement',
  // Accounts, apps and the machines they run on.
  'account',
  'acct',
  'login',
  'password',
  'app',
  'apps',
  // How the normaliser spells "app" and "apps" (the Indonesian reading shares the word).
  'aplikasi',
  'website',
  'site',
  'server',
  'servers',
  'update',
  'firmware',
  'software',
  'crashes',
  'crashing',
  'crashed',
  'outage',
  'broadband',
  'wifi',
  'internet',
  'signal',
  'network',
  'provider',
  'phone',
  'laptop',
  'printer',
  'charger',
  'device',
  'bug',
  'glitch',
  'error',
  'install',
  'download',
  'upgrade',
  'version',
  'connection',
  'reception',
  'electricity',
  'meter',
  'vehicle',
  'dealership',
  'dealer',
  'repair',
  'repaired',
  'mechanic',
  'recall',
  // The people and places of a service.
  'service',
  'support',
  'helpline',
  'hotline',
  'engineer',
  'technician',
  'staff',
  'company',
  'store',
  'shop',
  'branch',
  'queue',
  'complaint',
  'complaints',
  'email',
  'emails',
  'emailed',
  // Travel and stays.
  'flight',
  'flights',
  'airline',
  'booking',
  'booked',
  'reservation',
  'luggage',
  'baggage',
  'train',
  'trains',
  'passport',
  'hotel',
  // The customer and the dealings.
  'customer',
  'customers',
  'rep',
  'representative',
  'chat',
  'dm',
  "dm'd",
  'dms',
  'dmed',
  'reply',
  'appointment',
  'resolve',
  'resolved',
];

/** Two-word targets, as the tokens come one after the other. */
export const SERVICE_PAIRS = [
  'on hold',
  'customer service',
  'customer care',
  'call centre',
  'call center',
  'log in',
  'e mail',
  'wi fi',
  'power cut',
  'sold out',
];

const words = new Set(SERVICE_WORDS);
const pairs = new Set(SERVICE_PAIRS);
/** The pairs' first words: a pair's string is made only after one of these. */
const firsts = new Set(SERVICE_PAIRS.map((p) => p.slice(0, p.indexOf(' '))));

// What a token is to the search, as bits of its code by token id (a Set look-up by string for
// every token of every English post cost more than the rest of the English complaint reading).
/** Set on every code, so that none is 0 (a table's mark for a token not yet asked). */
const ASKED = 1;
/** A service word, or its possessive ("the bank's app"). */
const SERVICE = 2;
/** The first word of some two-word target. */
const PAIR_FIRST = 4;
/** A mention: some account. */
const MENTION = 8;

function codeOf(token: Token): number {
  const w = token.word;
  // A possessive names the same thing: "the bank's app", "my car's gearbox".
  const service = words.has(w) || (w.endsWith("'s") && words.has(w.slice(0, -2)));
  return (
    ASKED |
    (service ? SERVICE : 0) |
    (firsts.has(w) ? PAIR_FIRST : 0) |
    (token.text.charCodeAt(0) === 64 /* @ */ ? MENTION : 0)
  );
}

/** The codes' place in the token records. */
const CODES_PLACE = TokenTable.place();
// The walk's constants as this module's own (see RECORDS; an import is read from its module's
// cell, with a check): the token records, a record's size as a shift, the codes' place in it.
const records = RECORDS;
const recordShift = RECORD_SHIFT;
const codesOffset = CODES_PLACE.offset;
const unknown = UNKNOWN;
/** Made at the first English post that asks. */
let codes: TokenTable | undefined;

/**
 * What the post turns to: a service (a customer-care account, a service word or a two-word
 * one), else some account (a mention: on X a complaint is most often written at the company's
 * handle, which cannot be told from a person's), else nothing.
 */
export type ServiceTarget = 'service' | 'account' | 'none';

export function serviceTarget(tokens: readonly Token[], mentionsCare: boolean): ServiceTarget {
  if (mentionsCare) return 'service';
  codes ??= new TokenTable(CODES_PLACE, codeOf);
  const table = codes;
  // Each token's code found here, by its id, in the records: no call and no chain of fields a
  // token (see ByTokenId.forPost), as the other walks over every token do.
  table.forPost();
  const ints = records;
  let target: ServiceTarget = 'none';
  let before: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const at = (t.id << recordShift) + codesOffset;
    // `| 0`: a token past the kept records reads as undefined (see TokenTable.codeAt).
    let code = (ints[at] as number) | 0;
    if (code === unknown) code = table.codeAt(t, at) | 0;
    if (code & SERVICE) return 'service';
    // The pair's string is made only after a pair's first word (rare).
    if (before !== undefined && pairs.has(`${before.word} ${t.word}`)) return 'service';
    if (code & MENTION) target = 'account';
    before = code & PAIR_FIRST ? t : undefined;
  }
  return target;
}
