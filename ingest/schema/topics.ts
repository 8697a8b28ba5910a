import { z } from 'zod';

export const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Terms that on their own say the passage is about the topic. */
  strong: z.array(z.string().min(1)),
  /** Terms that hint at it. */
  terms: z.array(z.string().min(1)),
});

export const topicsSchema = z.object({
  $comment: z.string().optional(),
  topics: z.array(topicSchema).min(1),
});

export type Topic = z.infer<typeof topicSchema>;
