// The one place the team server takes the extension's record shapes from. A post, its
// analysis and the field values are validated with the very valibot schemas the extension
// uses, so what the extension logs is what the server accepts. (When the post schema moves,
// only these imports change.)
import * as v from 'valibot';
import { PostSchema } from '../../src/core/post';
import { ComplaintRecordSchema } from '../../src/export/import';

export { PostSchema };
export const AnalysisSchema = ComplaintRecordSchema.entries.analysis;
export const StatusSchema = ComplaintRecordSchema.entries.status;
export const PrioritySchema = ComplaintRecordSchema.entries.priority;
export const CategorySchema = ComplaintRecordSchema.entries.category;
export const NoteSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(5_000));
export const TagsSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(50));
export const DaySchema = ComplaintRecordSchema.entries.day;

export type Status = v.InferOutput<typeof StatusSchema>;
export type Priority = v.InferOutput<typeof PrioritySchema>;
