/** Kinds weigh differently: a domain concept says what a question is about, a general word less, an intent how it asks. */
export type ConceptKind = "domain" | "general" | "intent";
export type Concept = { id: string; kind: ConceptKind; forms: readonly string[] };
export const GLOSSARY: readonly Concept[] = [
  {
    id: "consistent-hashing",
    kind: "domain",
    forms: ["一致性哈希", "一致性hash", "consistent hashing", "consistent hash", "哈希环", "hash环", "hash ring"],
  },
  { id: "cache", kind: "domain", forms: ["缓存", "cache", "caching"] },
  { id: "use", kind: "general", forms: ["使用", "用在", "use", "used", "usage"] },
  { id: "scenario", kind: "general", forms: ["场景", "scenario", "scenarios", "use case", "use cases"] },
  { id: "why", kind: "intent", forms: ["为什么", "为啥", "why"] },
  { id: "how", kind: "intent", forms: ["怎么", "如何", "怎样", "how"] },
  { id: "where", kind: "intent", forms: ["哪里", "哪些", "where"] },
];
