// The one place the team server takes the extension's record shapes from. A post, its
// analysis and the field values are validated with the very valibot schemas the extension
// uses, so what the extension logs is what the server accepts. (When the post schema moves,
// only these imports change.)
import * as v from 'valibot';
import { PostSchema } from '../../src/core/post';
import { PrioritySchema, StatusSchema } from '../../src/db/complaint-fields';
import { AnalysisSchema, ImportDaySchema } from '../../src/export/import';

export { AnalysisSchema, PostSchema, PrioritySchema, StatusSchema };
export const CategorySchema = v.pipe(v.string(), v.maxLength(100));
export const NoteSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(5_000));
export const TagsSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(50));
export const DaySchema = ImportDaySchema;

export type Status = v.InferOutput<typeof StatusSchema>;
export type Priority = v.InferOutput<typeof PrioritySchema>;
