import { z } from 'zod';

/** English titles of headings: document id → Chinese title as printed (no numbering) → English. */
export const translationsSchema = z.object({
  $comment: z.string().optional(),
  headings: z.record(z.string(), z.record(z.string().min(1), z.string().min(1))),
});

export type Translations = z.infer<typeof translationsSchema>;
