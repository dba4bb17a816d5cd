import { ArticleMarkdown } from "@/components/articles/markdown";
import type { EssayDTO } from "@/lib/essays/schema";
import { ReviewItem } from "./review-item";

/** Submitted reflections on the review desk, each in full under its review actions. */
export function SubmittedEssayList({ essays, className }: { essays: EssayDTO[]; className: string }) {
  return (
    <ol className={`space-y-6 ${className}`}>
      {essays.map(({ body, ...essay }) => (
        <li key={essay.id}>
          <ReviewItem essay={essay}>
            <ArticleMarkdown source={body} />
          </ReviewItem>
        </li>
      ))}
    </ol>
  );
}
