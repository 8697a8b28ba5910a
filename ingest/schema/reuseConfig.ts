import { z } from 'zod';

/** search-config/reuse.json: what the reuse stage counts as shared wording (ingest/stages/reuse.ts). */
export const reuseConfigSchema = z
  .object({
    $comment: z.string().optional(),
    minLength: z.number().int().min(2).max(200),
    maxEdit: z.number().int().min(0).max(20),
    minResume: z.number().int().min(1).max(50),
    formulaicDocuments: z.number().int().min(2),
  })
  .strict();

export type ReuseConfig = z.infer<typeof reuseConfigSchema>;
