// The fixed vocabularies of a logged complaint, defined once: the database's types, the
// messages that filter and triage the log, the import's checks and the UI's menus all read
// them from here. In display order.
import * as v from 'valibot';

/** Where a complaint stands in triage; any status may follow any other (staff reopen). */
export const STATUSES = ['new', 'in-progress', 'resolved', 'dismissed'] as const;
export const StatusSchema = v.picklist(STATUSES);
export type ComplaintStatus = v.InferOutput<typeof StatusSchema>;

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const PrioritySchema = v.picklist(PRIORITIES);
export type Priority = v.InferOutput<typeof PrioritySchema>;

/** A category id: the taxonomy's, or one the user added in the settings. */
export const CategorySchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));

/** A local calendar day, YYYY-MM-DD: what complaints, seen posts and counts are filed under. */
export const DaySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
