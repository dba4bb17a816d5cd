import type { ReactNode } from "react";
import Markdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkGfm from "remark-gfm";

// Lesson and reflection bodies. Safe by construction: `skipHtml` drops raw HTML before it
// becomes elements (react-markdown never parses it into the DOM anyway), and
// `defaultUrlTransform` empties any URL whose protocol is not http(s), mailto, irc or xmpp,
// so `javascript:` links survive only as their text.
// NOTE: rehype-sanitize is not added: it re-prefixes the `user-content-` ids that
// remark-rehype already gives footnotes, breaking their links, and adds nothing here.

const isExternal = (href: string) => /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href) && !href.startsWith("mailto:");

function Anchor({ href, title, children }: { href?: string; title?: string; children?: ReactNode }) {
  if (!href) return <span>{children}</span>; // an unsafe URL was removed: keep the words
  if (isExternal(href)) {
    return (
      <a href={href} title={title} target="_blank" rel="noopener noreferrer nofollow ugc">
        {children}
      </a>
    );
  }
  return (
    <a href={href} title={title}>
      {children}
    </a>
  );
}

// Images come from this app's uploads or over https; anything else (http:, data:, other
// paths of this site) is dropped, keeping its alt text.
const isAllowedImage = (src: string) => /^\/api\/uploads\/[\w-]+$/.test(src) || /^https:\/\//i.test(src);

function Image({ src, alt, title }: { src?: string | Blob; alt?: string; title?: string }) {
  if (typeof src !== "string" || !isAllowedImage(src)) return alt ? <span>{alt}</span> : null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- authors' images may live on any https host
    <img
      src={src}
      alt={alt ?? ""}
      title={title}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      className="my-4 h-auto max-w-full rounded-lg"
    />
  );
}

const components: Components = {
  // The page title is the only h1; a body's "# Heading" becomes a section heading.
  h1: ({ children }) => <h2>{children}</h2>,
  a: ({ href, title, children }) => (
    <Anchor href={href} title={title}>
      {children}
    </Anchor>
  ),
  img: ({ src, alt, title }) => <Image src={src} alt={alt} title={title} />,
};

// CommonMark's flanking rules leave `**“引文”**吸引了` as literal asterisks: emphasis that ends
// in CJK punctuation and runs straight into CJK text is how Chinese writers emphasise.
const REMARK_PLUGINS = [remarkGfm, remarkCjkFriendly];

/** Renders untrusted markdown (GitHub flavoured, CJK-friendly emphasis) inside `.prose-article`. */
export function ArticleMarkdown({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div className={`prose-article break-words ${className}`}>
      <Markdown remarkPlugins={REMARK_PLUGINS} skipHtml urlTransform={defaultUrlTransform} components={components}>
        {source}
      </Markdown>
    </div>
  );
}
