import type { ReactElement, ReactNode } from "react";
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

// Parsing is most of the cost of a body's render, and a body is read far more often than it
// changes: the elements of recent bodies are kept, keyed by the text itself (an edit is a new
// key, so nothing is ever stale), within a budget of characters. React elements are immutable,
// so every render may share them.
const KEPT_CHARACTERS = 1_000_000;
const rendered = new Map<string, ReactElement>();
let keptCharacters = 0;

function renderMarkdown(source: string): ReactElement {
  const kept = rendered.get(source);
  if (kept) {
    rendered.delete(source); // the most recently read are kept longest
    rendered.set(source, kept);
    return kept;
  }
  const tree = Markdown({
    children: source,
    remarkPlugins: REMARK_PLUGINS,
    skipHtml: true,
    urlTransform: defaultUrlTransform,
    components,
  });
  if (source.length <= KEPT_CHARACTERS) {
    for (const [oldest] of rendered) {
      if (keptCharacters + source.length <= KEPT_CHARACTERS) break;
      rendered.delete(oldest);
      keptCharacters -= oldest.length;
    }
    rendered.set(source, tree);
    keptCharacters += source.length;
  }
  return tree;
}

/** Renders untrusted markdown (GitHub flavoured, CJK-friendly emphasis) inside `.prose-article`. */
export function ArticleMarkdown({ source, className = "" }: { source: string; className?: string }) {
  return <div className={`prose-article break-words ${className}`}>{renderMarkdown(source)}</div>;
}
