// Demo content for the seed script: two courses (prisma/seed.ts writes them). The open course
// "high-concurrency" is here with its lessons by chapter, two published learner reflections
// and a discussion with comments in every state; the invite-only "flash-sale-systems" is in
// prisma/demo-flash-sale.ts. Plain data only; the seed decides ids, timestamps and counters.
import { FLASH_SALE_COURSE } from "./demo-flash-sale";

export type DemoLearnerKey = "wei" | "priya" | "mateo" | "yuki";
export type DemoPerson = "learner" | DemoLearnerKey;
/** Every demo account but the admin: instructor@example.com is "instructor". */
export type DemoAccount = "instructor" | DemoPerson;

export type DemoLesson = {
  slug: string;
  title: string;
  body: string /* markdown */;
  /** A lesson still being written: never published. */
  draft?: true;
};
export type DemoEssay = { slug: string; title: string; body: string; author: "learner" | "wei" | "priya" };
export type DemoReply = { author: DemoAccount; body: string };
export type DemoComment = {
  /** Slug of a lesson or essay of the same course. */
  article: string;
  author: DemoAccount;
  /** Plain text, may contain line breaks, 1..2000 characters. */
  body: string;
  status: "PENDING" | "FEATURED" | "HIDDEN";
  /** Only on FEATURED. */
  pinned?: boolean;
  /** Only on FEATURED. */
  likedBy?: DemoAccount[];
  /** Only on FEATURED. */
  replies?: DemoReply[];
  /** When it was posted. */
  daysAgo: number;
};

export type DemoCourse = {
  /** The stable ids of its chapters and comments start with this. */
  key: string;
  slug: string;
  title: string;
  summary: string;
  enrollment: "OPEN" | "INVITE";
  /** How many first lessons a non-member reads in full (invite-only courses). */
  trialLessons: number;
  /** Features comments and answers as the author. */
  instructor: DemoAccount;
  learners: DemoAccount[];
  /** Lessons in course order, by chapter. */
  chapters: Array<{ title: string; lessons: DemoLesson[] }>;
  /** The first lesson was published `firstDaysAgo` days ago, each next one `everyDays` later. */
  lessonSchedule: { firstDaysAgo: number; everyDays: number };
  essays: DemoEssay[];
  comments: DemoComment[];
  /** Learner invites the instructor made, as /invite/<code>. */
  invites: Array<{ code: string; maxUses: number }>;
};

/** Demo learners besides learner@example.com (林晓雨 Lin Xiaoyu, key "learner"). */
export const DEMO_LEARNERS: Array<{ key: DemoLearnerKey; name: string; email: string }> = [
  { key: "wei", name: "王伟 Wang Wei", email: "wei@example.com" },
  { key: "priya", name: "Priya Sharma", email: "priya@example.com" },
  { key: "mateo", name: "Mateo García", email: "mateo@example.com" },
  { key: "yuki", name: "Yuki Tanaka", email: "yuki@example.com" },
];

// ---------------------------------------------------------------------------------------
// Lessons, in course order.
// ---------------------------------------------------------------------------------------

const LESSON_1 = `周五晚上八点，一篇文章被推上首页。平时每秒 200 个请求的评论服务，十分钟内涨到每秒 3000 个。奇怪的是，CPU 只用了 40%，数据库也没有报错，但页面开始转圈、超时，最后整个服务“挂了”。

这类事故很少是因为某台机器“算不过来”，更多是因为 **排队（queueing）**：请求到达的速度超过了处理速度，等待时间迅速变长，接着触发超时和重试，把一个小问题放大成雪崩。本课建立三个基本工具：容量（capacity）、延迟分位数（latency percentiles）和利特尔法则（Little's law）。

## 吞吐量、延迟与容量

- **吞吐量（throughput）**：单位时间内完成的请求数，常用 RPS / QPS 表示。
- **延迟（latency）**：单个请求从发出到收到响应的时间。
- **容量（capacity）**：在满足延迟目标（SLO）的前提下，系统能承受的最大吞吐量。

注意最后一条：容量不是“压测到报错为止的最大 QPS”，而是“p99 仍在 300ms 以内时的最大 QPS”。一个能扛 5000 QPS、但 p99 达到 8 秒的系统，对用户来说已经坏了。

## 为什么看分位数而不是平均值

平均值会掩盖长尾。假设 99 个请求耗时 10ms，1 个请求耗时 2 秒，平均值是 29.9ms，看起来很健康，但每 100 个用户里就有一个等了两秒。

| 指标 | 含义 | 回答的问题 |
| --- | --- | --- |
| p50 | 一半请求比它快 | 典型用户的体验 |
| p99 | 99% 的请求比它快 | “倒霉”用户的体验 |
| p999 | 99.9% 的请求比它快 | 重度用户、关键路径的长尾 |
| max | 最慢的那一个 | 噪音很大，只用于排查 |

长尾在 **扇出（fan-out）** 时会被放大。如果一次页面请求要并行调用 100 个后端，每个后端只有 1% 的概率变慢，那么整个页面变慢的概率是 1 − 0.99¹⁰⁰ ≈ 63%。Jeff Dean 和 Luiz Barroso 在 [The Tail at Scale](https://research.google/pubs/the-tail-at-scale/) 中讨论的正是这个现象：在大规模系统里，“罕见”的慢几乎每次都会遇到。

还有一个常见误区：分位数不能直接取平均。把 10 台机器各自的 p99 求平均，得不到整体的 p99，应该先汇总直方图（histogram），再计算分位数。

## 利特尔法则：并发 = 到达率 × 停留时间

[Little's law](https://en.wikipedia.org/wiki/Little%27s_law) 是容量估算中最好用的一条公式：

\`\`\`
L = λ × W

L：系统中同时存在的请求数（并发、在途请求）
λ：平均到达率（每秒请求数）
W：每个请求在系统中停留的平均时间
\`\`\`

它对任何稳定的系统都成立，不依赖到达的分布。例如服务每秒处理 2000 个请求，平均耗时 50ms，那么任意时刻系统里大约有 2000 × 0.05 = 100 个请求在处理中。如果数据库连接池有 200 个连接，看起来很宽裕。

但当下游数据库变慢，W 从 50ms 变成 500ms，需要的并发就变成 1000。连接池只有 200，其余请求只能排队；排队又让 W 进一步变长——这是一个 **正反馈循环**。

## 利用率越高，排队越凶

用最简单的 M/M/1 排队模型，平均响应时间 W = S / (1 − ρ)，其中 S 是服务时间，ρ 是利用率：

| 利用率 ρ | 平均响应时间 |
| --- | --- |
| 50% | 2 × S |
| 80% | 5 × S |
| 90% | 10 × S |
| 95% | 20 × S |

真实系统不完全符合这个模型，但趋势一致：利用率从 80% 涨到 95%，延迟不是线性增长，而是急剧上升。这也是为什么“CPU 才 70%”不代表安全——某个内部资源（连接池、锁、磁盘队列、单线程组件）可能已经接近 100%。

## 崩溃的典型链条

1. 某个依赖变慢：GC 停顿、慢查询、网络抖动。
2. 根据利特尔法则，在途请求数上升，连接池或线程池被占满。
3. 新请求开始排队，等待时间超过客户端的超时时间。
4. 客户端 **重试（retry）**，实际负载成倍增加，形成重试风暴（retry storm）。
5. 即使依赖恢复了，服务仍在处理一堆早已超时、没人等待的请求，系统无法自愈。

后面的课程会逐个拆解对策：缓存缩短 W，限流控制 λ，队列摊平峰值，熔断与降级切断正反馈。

## 本课要点

- 容量要用“满足延迟目标时的吞吐量”来定义。
- 看 p99 / p999，不要只看平均值；分位数要从直方图汇总。
- 用 L = λ × W 估算连接池、线程池和队列的大小。
- 利用率不要长期超过 70%–80%，给突发留出余量。
- 每个调用都要有超时，每次重试都要有上限和退避（backoff）。

**练习**：找一个你熟悉的接口，记下它的峰值 QPS 和平均耗时，用利特尔法则算出它需要多少并发，再和实际的连接池配置对比一下。欢迎把结果发在评论区。`;

const LESSON_2 = `在读多写少的系统里——评论区、商品详情、课程页——同一份数据会被读取成千上万次，却很少改变。把结果放在更近、更快的地方，可以同时缩短延迟 W、降低后端的到达率 λ。按上一课的利特尔法则，这两者都会减少系统中的并发。

但缓存也带来了新问题：数据不一致、缓存失效瞬间的流量冲击，以及“缓存整个挂掉时，数据库能不能活下来”。

## Cache-aside：最常用的模式

Cache-aside（旁路缓存）由应用自己负责读写缓存：读时先查缓存，未命中再查数据库并回填；写时更新数据库，然后让缓存失效。

\`\`\`ts
async function getArticle(id: string) {
  const key = "article:" + id;
  const cached = await redis.get(key);
  if (cached !== null) return JSON.parse(cached);

  const row = await db.article.findUnique({ where: { id } });
  // 不存在时也缓存一个空值，防止缓存穿透
  await redis.set(key, JSON.stringify(row), "EX", ttlWithJitter(300));
  return row;
}

async function updateArticle(id: string, data: ArticleInput) {
  await db.article.update({ where: { id }, data });
  await redis.del("article:" + id); // 删除，而不是更新缓存
}
\`\`\`

写路径上有两个关键选择：

- **先写数据库，再删除缓存**。如果先删缓存再写库，两步之间到来的读请求会把旧值重新读进缓存，而且再也没有人去删它。
- **删除而不是更新缓存**。两个并发写可能以不同的顺序更新数据库和缓存，在缓存里留下较旧的值；删除与顺序无关，下一次读取总会加载最新的行。

即便如此，仍有一个很小的竞争窗口：某个读请求在写之前读到旧值，却在删除之后才把旧值写回缓存。实践中用三种方式兜底：设置 TTL，让错误最终过期；对一致性要求高的数据做“延迟双删”；或者订阅数据库的变更日志（CDC，例如用 Debezium 读取 WAL / binlog），由一个地方统一做失效。

## 缓存击穿：热点 key 过期的那一秒

一篇热门文章的 key 过期时，几千个并发请求同时未命中，同时去查数据库——这就是 **cache stampede**（也叫 dog-piling，中文常称“缓存击穿”）。常见的防护手段：

1. **请求合并（singleflight）**：同一进程内，同一个 key 只允许一个请求去加载，其余请求等待同一个 Promise。
2. **分布式锁**：跨进程时用 \`SET lock:key token NX PX 3000\` 抢一个短期锁，抢不到的请求稍等后重读缓存，或直接返回旧值。
3. **提前刷新**：在 TTL 到期前，让少量请求按一定概率提前重算，即 probabilistic early expiration，可参考 [Cache stampede](https://en.wikipedia.org/wiki/Cache_stampede) 中介绍的 XFetch 算法。
4. **stale-while-revalidate**：缓存中额外记录一个“软过期时间”，软过期后先返回旧值，由后台异步刷新。

\`\`\`ts
const inflight = new Map<string, Promise<unknown>>();

function singleflight<T>(key: string, load: () => Promise<T>): Promise<T> {
  const existing = inflight.get(key);
  if (existing) return existing as Promise<T>;
  const p = load().finally(() => inflight.delete(key));
  inflight.set(key, p);
  return p;
}
\`\`\`

## TTL 抖动：避免缓存雪崩

如果凌晨批量预热了 10 万个 key，且都设置了 1 小时 TTL，一小时后它们会在同一时刻过期，数据库要在那一刻承接全部流量，这叫 **缓存雪崩（avalanche）**。解决办法很简单：给 TTL 加上随机抖动（jitter）。

\`\`\`ts
function ttlWithJitter(baseSeconds: number) {
  return Math.round(baseSeconds * (0.9 + Math.random() * 0.2)); // ±10%
}
\`\`\`

## 缓存穿透：查询不存在的数据

错误或恶意的请求反复查询不存在的 id，每次都未命中、每次都打到数据库。对策：

- 缓存空值（negative caching），TTL 设短一些，比如 30–60 秒；
- 在入口用布隆过滤器（Bloom filter）判断 id 是否可能存在；
- 校验 id 格式，非法请求直接拒绝。

## 失效策略怎么选

| 策略 | 一致性 | 复杂度 | 适用场景 |
| --- | --- | --- | --- |
| 仅 TTL | 最终一致，窗口 = TTL | 低 | 排行榜、推荐列表 |
| 写后删除 | 通常在毫秒级 | 中 | 文章、用户资料 |
| CDC 统一失效 | 秒级以内，覆盖所有写入口 | 高 | 多个服务写同一张表 |
| 不缓存 | 强一致 | — | 余额、库存扣减 |

## 本课要点

- 缓存要“可以丢”：Redis 整个宕机时，数据库要能靠限流和降级撑过去。
- 先写库再删缓存，并用 TTL 兜底。
- 热点 key 用 singleflight、锁或提前刷新防击穿；批量 key 用 TTL 抖动防雪崩；不存在的 key 用空值缓存防穿透。
- 监控命中率（hit ratio）的同时，也要监控缓存未命中时数据库的负载。`;

const LESSON_3 = `“点赞”看起来只是 \`like_count = like_count + 1\`。但当一条评论被置顶在热门文章下面，几百个人在同一秒点赞时，这一行数据就成了整个系统的瓶颈：

- 在关系型数据库里，每个 \`UPDATE\` 都要持有这一行的行锁（row lock），事务只能排队串行执行；
- 在 Redis Cluster 里，一个 key 只属于一个 slot，所有请求都落在同一个节点、同一个 CPU 核上。

这种集中在少数 key 上的流量叫 **热点（hot key）**。水平扩容对它无效，因为加机器并不会把一个 key 拆开。

## 思路一：分片计数器

**分片计数器（sharded counter）** 把一个计数拆成 N 个槽，每次写入随机选一个槽加一，读取时把所有槽求和。同一行上的写冲突大约降到原来的 1/N。

\`\`\`sql
-- 写：随机选择 0..7 中的一个槽
INSERT INTO like_deltas (comment_id, slot, delta)
VALUES ($1, floor(random() * 8)::int, 1)
ON CONFLICT (comment_id, slot)
DO UPDATE SET delta = like_deltas.delta + 1;

-- 读：求和
SELECT coalesce(sum(delta), 0) FROM like_deltas WHERE comment_id = $1;
\`\`\`

槽的数量是一个权衡：N 越大写入越分散，但读取和汇总要处理的行越多。Firestore 文档中的 [distributed counters](https://cloud.google.com/firestore/docs/solutions/counters) 用的是同样的思路。

## 思路二：写合并

很多时候，点赞不需要立刻写进主计数。**写合并（write coalescing）** 先累积增量，再批量合并：

1. 点赞请求只写入增量（分片槽、Redis \`INCR\`，或进程内缓冲）。
2. 后台任务每隔几百毫秒把增量 **折叠（fold）** 进主表的 \`like_count\`，并减去已折叠的部分。
3. 页面显示 \`like_count\`，接受几百毫秒到一两秒的延迟。

这样，一秒钟 500 次点赞对主表来说只是几次更新。代价是计数变成 **最终一致（eventually consistent）**。另外，进程内缓冲在崩溃时会丢失，只适合能容忍误差的数据（比如浏览量）；点赞是用户看得见的操作，增量最好落在持久化存储里。

## 思路三：点赞是“事实”，计数是“推导”

计数器最常见的 bug 不是慢，而是 **不准**：用户双击、网络超时后客户端重试、消息重复投递，都会让同一个点赞被计算两次。

正确的建模方式是：点赞本身是一条记录 \`(comment_id, user_id)\`，由主键保证唯一；计数只是它的聚合，只有记录真正插入时才加一。

\`\`\`sql
WITH ins AS (
  INSERT INTO comment_likes (comment_id, user_id)
  VALUES ($1, $2)
  ON CONFLICT DO NOTHING
  RETURNING comment_id
)
INSERT INTO like_deltas (comment_id, slot, delta)
SELECT comment_id, floor(random() * 8)::int, 1 FROM ins
ON CONFLICT (comment_id, slot)
DO UPDATE SET delta = like_deltas.delta + 1;
\`\`\`

如果这条点赞已经存在，\`ins\` 为空，计数不变。取消点赞同理：只有 \`DELETE ... RETURNING\` 真的删掉了一行，才写入 −1。于是同一个请求重放多少次，结果都一样，这就是 **幂等（idempotent）**。PostgreSQL 的 [INSERT 文档](https://www.postgresql.org/docs/current/sql-insert.html) 中关于 \`ON CONFLICT\` 的部分值得完整读一遍。

既然计数是推导出来的，就可以定期 **对账（reconcile）**：用 \`count(*)\` 从明细表重新计算，修正任何漂移。

## 读侧的热点

除了写热点，还有读热点：一篇爆款文章的缓存 key 每秒被读几万次。

- **本地缓存（near cache）**：在应用进程内缓存 1–5 秒，对 Redis 的请求可以下降几个数量级。
- **key 复制**：把 \`article:42\` 复制成 \`article:42#0\` 到 \`article:42#7\`，读取时随机挑一个，分散到不同分片。
- **发现热点**：Redis 的淘汰策略为 LFU 时，可以用 \`redis-cli --hotkeys\` 找出热点；也可以在客户端采样统计。

## 本课要点

| 问题 | 手段 | 代价 |
| --- | --- | --- |
| 单行写锁争用 | 分片计数器 | 读取需要求和 |
| 写入次数太多 | 写合并、批量折叠 | 计数有短暂延迟 |
| 重复计数 | 唯一约束 + 条件加减 | 多一张明细表 |
| 单 key 读热点 | 本地缓存、key 复制 | 短暂不一致 |`;

const LESSON_4 = `数据库通常是系统里最难扩展的部分，因为它有状态。在做架构调整之前，先把便宜的事情做完：

1. **索引与查询**：用 \`EXPLAIN ANALYZE\` 找出全表扫描和大排序，很多“数据库扛不住”其实是缺索引。
2. **连接池**：PostgreSQL 每个连接对应一个后端进程，几千个连接本身就会拖垮数据库。应用侧使用连接池，必要时在前面加 PgBouncer。
3. **垂直扩容（scale up）**：更大的机器往往比一次分片改造便宜得多。
4. **缓存**：上两课的内容，把重复读挡在数据库之前。

这些都做完后读流量仍然太大，才考虑读写分离；单机的写入或存储都到了上限，才考虑分片。

## 读副本

主库（primary）处理所有写入，并把 WAL 流式复制给一个或多个只读的 **读副本（read replica）**。读请求分散到副本上，读容量几乎可以线性扩展。PostgreSQL 的 [复制与高可用文档](https://www.postgresql.org/docs/current/warm-standby.html) 详细介绍了流复制的配置。

大多数部署使用 **异步复制**：主库提交后立即返回，不等副本确认。这意味着副本总会落后一点，这个差距叫 **复制延迟（replication lag）**。平时可能只有几毫秒，但在批量写入、长事务或副本负载很高时，可能变成几秒甚至几分钟。

## 复制延迟带来的用户可见问题

最典型的场景：用户提交了一条评论，页面刷新后重新加载评论列表，这次读请求落到了副本上，而副本还没收到这条评论。用户以为评论“丢了”，于是又提交了一次。

我们需要的是 **读己之写（read-your-writes）** 一致性：用户至少能看到自己刚写的内容。常见做法：

- **写后读主**：用户写入后的几秒内（比如 5 秒），他的读请求路由到主库。可以在会话或 cookie 里记录最后一次写入的时间，实现很简单。
- **基于 LSN 等待**：写入提交后记录主库的 \`pg_current_wal_lsn()\`，读副本之前检查 \`pg_last_wal_replay_lsn()\` 是否已经追上；没追上就稍等，或改读主库。
- **客户端合并**：前端在提交成功后直接把新评论插入本地列表，不依赖重新读取。

另一个容易被忽略的问题是 **单调读（monotonic reads）**：同一用户的两次请求落到延迟不同的副本上，可能先看到一条评论，刷新后它又消失了。把用户固定到同一个副本（按 user id 做 sticky 路由）可以避免。

## 分片

当写入量或数据量超出一台机器的能力，就要把数据拆到多个数据库上，即 **分片（sharding）**。其中最关键、也最难修改的决定是 **分片键（shard key）**。好的分片键应该满足：

- 绝大多数查询都带着它，只需访问一个分片；
- 数据和流量在分片之间分布均匀；
- 相关的数据落在同一个分片上，避免跨分片事务。

以课程讨论系统为例：

| 候选分片键 | 优点 | 问题 |
| --- | --- | --- |
| \`comment_id\` | 分布最均匀 | 读一篇文章的评论要查所有分片 |
| \`article_id\` | 评论列表只查一个分片 | 爆款文章成为热点分片 |
| \`course_id\` | 课程内数据在一起，事务简单 | 超大课程可能撑爆一个分片 |
| \`user_id\` | “我的评论”查询高效 | 文章页要跨分片聚合 |

没有完美答案。对这个应用来说 \`course_id\` 最自然：几乎所有请求都发生在一门课程内部，这也是为什么每张与课程相关的表都带着 \`course_id\` 列。极少数超大课程可以再单独处理。

## 分片方式

- **哈希分片**：\`hash(key) % N\`，分布均匀，但直接改 N 会导致大量数据搬迁。常见的缓解办法是一致性哈希，或者预先划分大量逻辑分片（比如 1024 个），再映射到少量物理机上，扩容时只搬迁整个逻辑分片。
- **范围分片**：按 key 的区间切分，适合范围查询，但单调递增的 key（比如时间）会让写入集中在最后一个分片。
- **目录分片**：用一张映射表记录每个 key 在哪个分片，最灵活，但映射表本身要高可用、要缓存。

## 本课要点

- 先优化查询、加连接池和缓存，再考虑架构改造。
- 读副本解决读容量问题，但必须处理复制延迟，至少保证读己之写和单调读。
- 分片键由访问模式决定；选错的代价是日后的全量数据迁移。`;

const LESSON_5 = `当讲师把一条评论设为“精选”时，系统要做好几件事：更新评论状态、通知作者、刷新文章的精选计数、清理缓存，也许还要发一封邮件。只有第一件事是用户必须立刻看到结果的，其余都可以稍后完成。

把这些工作放进 **消息队列（message queue）**，交给后台的消费者（consumer）处理，有三个好处：

- **缩短请求延迟**：请求只做必要的写入就返回。
- **削峰填谷**：突发流量先进入队列，消费者按自己的节奏处理，下游不会被瞬间打垮。
- **隔离故障**：邮件服务挂了，不影响精选操作本身。

代价是系统变成了分布式的：消息可能重复、可能乱序、可能堆积。

## 投递语义

| 语义 | 做法 | 风险 |
| --- | --- | --- |
| at-most-once | 先确认，再处理 | 崩溃时丢消息 |
| at-least-once | 先处理，再确认 | 崩溃或超时时重复投递 |
| exactly-once | 依赖特定系统的事务 | 只在该系统的边界内成立 |

绝大多数生产系统选择 **at-least-once**，再让消费者做到幂等，两者组合起来达到“效果上恰好一次（effectively once）”。Kafka 的事务可以在“从 Kafka 读、再写回 Kafka”的范围内提供 exactly-once，但一旦涉及外部数据库、邮件或 HTTP 调用，仍然要靠幂等，参见 [Kafka 文档的消息投递语义](https://kafka.apache.org/documentation/#semantics) 一节。

## 幂等消费者

每条消息带一个唯一 id。**幂等消费者（idempotent consumer）** 在同一个数据库事务里记录“已处理”并执行业务写入：

\`\`\`ts
async function handle(msg: { id: string; commentId: string; authorId: string }) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.processedMessage.createMany({
      data: [{ id: msg.id }],
      skipDuplicates: true,
    });
    if (count === 0) return; // 已经处理过，直接确认即可
    await tx.notification.create({
      data: { userId: msg.authorId, kind: "COMMENT_FEATURED", payload: { commentId: msg.commentId } },
    });
  });
}
\`\`\`

如果业务写入本身就是幂等的（upsert，或“把状态设为 X”而不是“加一”），可以省掉去重表。发邮件这种外部副作用无法和数据库放进同一个事务，通常把消息 id 作为邮件服务的幂等键，或者接受极小概率的重复。

## 生产端：事务性发件箱

生产端也有问题：先写数据库再发消息，进程在两步之间崩溃，消息就丢了；先发消息再写库，可能发出一条与事实不符的消息。

[Transactional outbox](https://microservices.io/patterns/data/transactional-outbox.html) 的做法是：在业务事务中把要发送的事件写进同一个数据库的 \`outbox\` 表；再由独立的转发进程（relay）读取 outbox、投递到队列，成功后标记完成。由于转发也可能重复，这再一次要求消费者幂等。

## 背压

队列不是无限大的。生产速度长期大于消费速度时，队列会无限增长，消息延迟越来越长，最终耗尽内存或磁盘。**背压（back-pressure）** 就是把“下游处理不过来”这个信号传回上游的机制：

- **有界队列**：队列满时让生产者阻塞、报错，或丢弃低优先级消息，而不是无限堆积。
- **预取限制**：RabbitMQ 的 \`basic.qos\` prefetch、Kafka 消费者的 \`max.poll.records\`，都在限制每个消费者手里同时有多少条未完成的消息。
- **监控积压**：积压量（consumer lag）和“最老一条消息的年龄”是最重要的两个告警指标。
- **谨慎扩容**：按积压量自动增加消费者之前，先确认下游（比如数据库）也扛得住。

## 重试与死信

- 失败后用 **指数退避加随机抖动（exponential backoff with jitter）** 重试，避免所有消费者同时重试。
- 设置最大重试次数，超过后把消息移入 **死信队列（dead-letter queue, DLQ）** 等待人工排查，不要让一条“毒消息”（poison message）堵住整个分区。
- 需要顺序的消息（比如同一条评论的“精选”和“隐藏”），用实体 id 作为分区键，保证它们在同一分区内有序。

## 本课要点

- 只把“用户必须立刻看到”的工作留在请求里。
- 默认 at-least-once，消费者必须幂等。
- 用 outbox 保证“写库”和“发消息”要么都发生，要么都不发生。
- 队列要有界、要监控积压、要有死信。`;

const LESSON_6 = `缓存、队列和分片提升的是容量，但容量总是有限的。当流量超过容量——爆款文章、爬虫、客户端 bug 导致的无限重试——我们需要主动拒绝一部分请求，保住其余的请求。这一课讨论三件事：**限流（rate limiting）** 控制进入的流量，**熔断（circuit breaking）** 避免被慢依赖拖垮，**降级（graceful degradation）** 在资源不足时有计划地放弃非核心功能。

## 令牌桶

[令牌桶（token bucket）](https://en.wikipedia.org/wiki/Token_bucket) 是最常用的限流算法：

- 桶的容量是 \`b\`，以每秒 \`r\` 个的速度放入令牌，满了就不再放；
- 每个请求消耗一个令牌，桶空时拒绝（或等待）。

它把长期平均速率限制在 \`r\`，同时允许最多 \`b\` 个请求的突发——正好符合真实用户的行为：偶尔连点几下，但不会持续高频。

\`\`\`ts
class TokenBucket {
  private tokens: number;
  private last = Date.now();

  constructor(private readonly rate: number, private readonly capacity: number) {
    this.tokens = capacity;
  }

  tryTake(): boolean {
    const now = Date.now();
    const refill = ((now - this.last) / 1000) * this.rate;
    this.tokens = Math.min(this.capacity, this.tokens + refill);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
\`\`\`

不需要定时器往桶里加令牌：每次请求时按流逝的时间补齐即可。

## 窗口类算法

- **固定窗口（fixed window）**：每分钟一个计数器。最简单，但在窗口边界可能放过两倍流量（上一分钟的最后一秒加上下一分钟的第一秒）。
- **滑动日志（sliding log）**：记录每个请求的时间戳，精确，但内存开销与请求数成正比。
- **滑动窗口计数（sliding window counter）**：只保留当前和上一个窗口的计数，按时间比例加权：

\`\`\`
估计值 = 上一窗口计数 × (1 − 当前窗口已过去的比例) + 当前窗口计数
\`\`\`

它误差很小，每个 key 只要两个计数器，是很多网关的默认选择。

## 在哪里限流

| 层次 | 维度 | 目的 |
| --- | --- | --- |
| 网关 / CDN | IP、全局 | 挡住爬虫和攻击流量 |
| 应用 | 用户、接口 | 公平性，防止单个用户耗尽资源 |
| 依赖调用 | 下游服务 | 保护数据库和第三方 API |

多实例部署时，限流状态需要共享，常见做法是在 Redis 里用 Lua 脚本原子地完成“读取—计算—写回”。被限流的请求应快速返回 HTTP 429 Too Many Requests，并带上 \`Retry-After\` 头，告诉客户端多久以后再试。

## 熔断器

下游变慢时，最糟糕的做法是继续等待：每个请求都占着一个线程等到超时，很快就会耗尽自己的线程池（回想第一课的利特尔法则）。**熔断器（circuit breaker）** 模仿电路里的保险丝，有三个状态：

1. **关闭（closed）**：正常放行，同时统计错误率和慢调用比例。
2. **打开（open）**：错误率超过阈值（比如 10 秒内 50%）后，直接快速失败，不再调用下游。
3. **半开（half-open）**：冷却一段时间后放行少量试探请求；成功则关闭，失败则重新打开。

熔断的价值在于 **快速失败（fail fast）**：立即返回错误或兜底值，远好过等 5 秒超时。与它配套的还有两条纪律：每个远程调用都必须有超时；重试要有预算（retry budget），比如重试请求不超过总请求的 10%。Martin Fowler 的 [CircuitBreaker](https://martinfowler.com/bliki/CircuitBreaker.html) 是很好的入门读物。

## 降级：有计划地变差

降级的核心思想是 **部分可用好过完全不可用**，关键在于提前规划，而不是在事故中临时决定。以评论系统为例：

| 级别 | 触发条件 | 行为 |
| --- | --- | --- |
| 0 正常 | — | 全部功能 |
| 1 轻度 | 数据库 p99 > 200ms | 点赞数只读缓存，关闭“按热度排序” |
| 2 中度 | 数据库 CPU > 85% | 回复默认折叠，只加载前 20 条精选评论 |
| 3 重度 | 主库不可用 | 评论区只读，提示“评论暂时关闭” |

实现上通常用 **功能开关（feature flag / kill switch）**，既能手动切换，也能由监控指标自动触发。另一种手段是 **负载削减（load shedding）**：按优先级丢弃请求，先丢爬虫和预取请求，保住登录用户的正常阅读。

降级方案必须定期演练。一个从来没打开过的开关，真正需要时多半不会按预期工作。

## 本课要点

- 令牌桶允许突发、控制平均速率；滑动窗口计数是精度与成本的好折中。
- 被拒绝的请求要快速、明确地失败（429 + Retry-After）。
- 每个远程调用都要有超时；用熔断器避免被慢依赖拖垮。
- 降级要分级、可开关、有演练。`;

const LESSON_7 = `## 题目

一篇课程文章被转发到社交媒体，一小时内有 100 万次浏览。文章下面有一个“精选评论区”：学员提交的评论默认待审核（PENDING），讲师挑选后设为精选（FEATURED）才公开显示；读者可以给精选评论点赞，讲师可以回复。请设计这个评论区，让它在高峰时依然流畅、计数依然正确。

这一课把前六课的工具串起来。建议先自己画一遍架构图，再往下读。

## 第一步：估算

- 100 万浏览 / 小时 ≈ 280 次 / 秒；假设高峰是平均值的 3 倍，约 830 次页面加载 / 秒，每次加载请求一次评论列表。
- 点赞：假设 5% 的读者点赞、每人平均 2 次，共 10 万次 / 小时，高峰约 80 次 / 秒，并且高度集中在置顶的几条评论上。
- 提交评论：约 1% 的读者，平均每秒不到 3 条，可以忽略。
- 按利特尔法则，如果评论列表接口平均耗时 20ms，在途请求只有十几个。

结论：这是一个 **读远多于写**、**写集中在少数热点** 的系统。

## 读路径

1. **只有精选评论是公开的**。待审核评论只有作者本人和讲师能看到，所以公开列表对所有读者都一样，非常适合缓存。
2. **列表缓存**：按 \`(article_id, sort, cursor)\` 缓存精选评论页，TTL 10–30 秒并加抖动；对匿名读者甚至可以在 CDN 上缓存。讲师精选或隐藏评论时主动删除相关缓存。
3. **防击穿**：第一页用 singleflight 加 stale-while-revalidate，保证过期时只有一个请求回源。
4. **用 keyset 分页代替 OFFSET**。\`OFFSET 10000\` 需要数据库扫描并丢弃前一万行；keyset pagination 记住上一页最后一条的排序键，直接从索引定位，原理见 [No Offset](https://use-the-index-luke.com/no-offset)：

\`\`\`sql
SELECT id, body, like_count, created_at
FROM comments
WHERE article_id = $1 AND status = 'FEATURED'
  AND (created_at, id) < ($2, $3)
ORDER BY created_at DESC, id DESC
LIMIT 20;
\`\`\`

配合索引 \`(article_id, status, created_at DESC, id DESC)\`，翻到第几页代价都一样。

5. **“我点过赞吗”是个性化数据**，不要放进共享缓存。对当前页的 20 条评论单独查一次当前用户的点赞记录，再在客户端合并。

## 写路径

- **提交评论**：写入主库，状态为 PENDING。公开列表不受影响，不需要失效任何缓存。作者自己的“我的评论”需要读己之写：从主库读，或由前端直接插入。
- **点赞**：沿用第三课的方案。\`comment_likes\` 的主键保证幂等；计数写进分片增量表，后台每秒折叠几次到 \`like_count\`。公开列表上的点赞数允许有一两秒延迟。
- **精选与回复**：讲师操作频率很低，直接写主库；随后的通知、计数更新和缓存失效通过 outbox 交给异步消费者。

## 保护措施

- **限流**：每个用户每分钟最多提交 5 条评论、点赞 60 次；按 IP 限制匿名读取，挡住爬虫。
- **安全**：评论正文按纯文本存储，渲染时转义，前端不使用 \`dangerouslySetInnerHTML\`。在输出时转义，而不是在存储时“清洗”，原文就不会被破坏。
- **降级开关**：数据库压力大时，点赞数只读缓存、关闭“按热度排序”；主库故障时评论区只读。
- **观测**：评论列表接口的 p99、缓存命中率、未折叠增量的积压、队列消费延迟。

## 架构小结

| 关注点 | 方案 | 对应课程 |
| --- | --- | --- |
| 读多写少 | 精选列表缓存 + CDN | 第 2 课 |
| 点赞热点 | 唯一约束 + 分片增量 + 折叠 | 第 3 课 |
| 提交后看不到 | 读己之写 | 第 4 课 |
| 通知与计数 | outbox + 幂等消费者 | 第 5 课 |
| 流量失控 | 限流、熔断、降级 | 第 6 课 |

## 作业

写一页设计文档回答：如果浏览量再增加 10 倍，哪个组件会最先成为瓶颈？你会如何提前发现，又会如何应对？欢迎把答案整理成一篇学习心得投稿。`;

const lesson = (slug: string, title: string, body: string): DemoLesson => ({ slug, title, body });

const CHAPTERS: DemoCourse["chapters"] = [
  {
    title: "一、从排队论出发 · Thinking in Queues",
    lessons: [
      lesson("why-systems-fall-over", "为什么系统会在高负载下崩溃 · Why Systems Fall Over Under Load", LESSON_1),
    ],
  },
  {
    title: "二、扩展读与写 · Scaling Reads and Writes",
    lessons: [
      lesson("caching-patterns", "缓存：让读请求少走几步 · Caching Patterns", LESSON_2),
      lesson("hot-keys-and-counters", "热点 key 与计数器 · Hot Keys and Counters", LESSON_3),
      lesson("scaling-the-database", "数据库扩展：读副本与分片 · Scaling the Database", LESSON_4),
    ],
  },
  {
    title: "三、削峰、自我保护与综合设计 · Spikes, Safeguards and a Capstone",
    lessons: [
      lesson("queues-and-async-work", "消息队列与异步任务 · Queues and Async Work", LESSON_5),
      lesson("rate-limiting-and-degradation", "限流、熔断与降级 · Rate Limiting and Graceful Degradation", LESSON_6),
      lesson(
        "capstone-hot-article-comments",
        "综合设计：热门文章的评论区 · Capstone: Comments on a Hot Article",
        LESSON_7,
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------
// Published learner reflections.
// ---------------------------------------------------------------------------------------

const ESSAY_WEI = `上这门课之前，我对“高并发”的理解基本停留在“加机器”和“上缓存”。我在一家生鲜电商负责优惠券服务，每周五晚上有一场限时领券活动，过去半年里出过两次事故，每次复盘的结论都是“流量太大”。学完前几课我才意识到，这个结论几乎什么也没说明。

## 第一件事：重新读监控

讲分位数那一课之后，我回去翻了团队的监控面板，发现上面只有平均响应时间。活动期间平均值是 120ms，看起来还行；让同事加上直方图之后，p99 是 2.8 秒。也就是说，每一百个抢券的用户里，就有一个盯着转圈的按钮——而这些人恰恰最可能疯狂点击，制造更多请求。

## 第二件事：用 L = λ × W 算连接池

我们的数据库连接池配置是 50，这个数字是三年前一位同事随手填的。活动峰值大约 1500 QPS，平时每个请求占用连接约 20ms，按利特尔法则需要 1500 × 0.02 = 30 个连接，确实够用。但活动一开始，库存扣减的行锁竞争让单次占用时间涨到 80ms，需要的连接数变成 120，连接池瞬间耗尽，后面的请求全部在排队等连接。

这也解释了为什么 CPU 只有 40%，服务却“挂了”：瓶颈根本不在 CPU，而在一个只有 50 个位置的队列上。

## 第三件事：改了什么

1. **库存拆成分片**：一张券的库存拆成 16 个分片，每个请求随机挑一个有余量的分片扣减，所有分片都为零才算抢完。行锁竞争几乎消失，单次占用回到 25ms 左右。
2. **客户端重试加退避和上限**：以前 App 超时后会立刻重试三次。现在改成指数退避加随机抖动，服务端限流时返回 429 并带上 Retry-After。
3. **预热缓存加 TTL 抖动**：以前所有券详情的缓存都在同一秒过期，恰好是活动开始后的第十分钟。这个坑是听完缓存那一课才发现的，现在想想有点后怕。
4. **领券后的通知异步化**：短信和积分变动改由消息队列处理，消费者用券码做幂等键，重复投递不会发两条短信。

## 结果

上个月的活动峰值比以前高了 40%，p99 稳定在 180ms 左右，没有触发任何告警。更重要的是，复盘会上大家讨论的不再是“流量太大”，而是具体的数字：在途请求多少、连接池还剩多少余量、哪一步的 W 变长了。

我最大的收获是：**高并发问题大多是排队问题，而排队问题是可以计算的。** 下一步我打算在团队里做一次内部分享，把课程里的容量估算方法讲给新同事听。`;

const ESSAY_PRIYA = `I work on the booking service of a mid-sized travel platform. When I started this course, I expected the lessons on caching and sharding to be the most useful. In the end, the idea that changed my team's code the most was a quieter one from the lesson on queues: **assume every message will arrive at least twice, and make that harmless.**

## The bug we had been living with

Every few weeks, support forwarded us a complaint: a customer had received two confirmation emails or, worse, had two identical bookings on their account. We had a retry wrapper around the payment callback and a queue between the booking API and the notification service. Each piece looked reasonable on its own. Together, they occasionally did the same work twice, and we had been filing these incidents under "rare flukes".

After the lesson, I drew the whole flow on a whiteboard and marked every place where a timeout could lead to a retry. There were five. Only one of them was protected against duplicates.

## What we changed

1. **Idempotency keys at the edge.** The mobile app now generates a key for each booking attempt and sends it in an \`Idempotency-Key\` header. The API stores the key and the result in the same transaction as the booking, so a repeated request returns the stored result instead of creating a second booking.
2. **An outbox instead of "write, then publish".** We used to insert the booking and then publish an event. If the process died between the two steps, the event was lost; if publishing succeeded but the commit failed, we announced a booking that did not exist. Now the event row is written in the same transaction and a small relay publishes it.
3. **Idempotent consumers.** The notification consumer records each event id in a \`processed_events\` table inside the same transaction as its own writes. Duplicates become no-ops.
4. **A dead-letter queue with an alert.** A single malformed event once blocked a partition for hours. Now it is moved aside after five attempts and whoever is on call gets paged.

## Read-your-writes, the surprise bonus

While testing, we noticed that some users refreshed the "My trips" page right after booking and saw nothing, because that page read from a replica. That explained a good share of the duplicate bookings: people simply booked again. We now route a user's reads to the primary for ten seconds after they write, exactly as described in the database lesson. It took one afternoon to implement.

## What I took away

Duplicate bookings went from a few per week to zero over the last two months. The bigger change, though, is how we review designs. Whenever someone adds a retry, a queue or a replica, the first question in the review is now: "What happens if this runs twice, or reads something stale?" It sounds obvious written down. It was not obvious to us before.`;

const ESSAYS: DemoEssay[] = [
  {
    slug: "wei-queueing-is-math",
    title: "排队问题是可以计算的：我在优惠券服务上的实践",
    body: ESSAY_WEI,
    author: "wei",
  },
  {
    slug: "priya-retries-and-idempotency",
    title: "Retries Are Not the Enemy: Idempotency in Our Booking Service",
    body: ESSAY_PRIYA,
    author: "priya",
  },
];

// ---------------------------------------------------------------------------------------
// Discussion. Lessons are published 40, 35, 30, 25, 20, 15 and 10 days ago and the
// essays 8 and 5 days ago, so every comment is younger than its article.
// ---------------------------------------------------------------------------------------

const COMMENTS: DemoComment[] = [
  // Lesson 1: why systems fall over.
  {
    article: "why-systems-fall-over",
    author: "learner",
    body: "读完才明白为什么我们组的监控面板只看平均值是不够的。\n想确认一下：多台机器的 p99 不能直接取平均，那应该怎么汇总？我们用的是 Prometheus。",
    status: "FEATURED",
    pinned: true,
    likedBy: ["wei", "priya", "mateo", "yuki", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "对，p99 不能取平均。Prometheus 里要用 histogram 类型的指标（带 _bucket 的序列）：先把所有实例的桶按 le 求和，再算分位数，例如 histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))。summary 类型在客户端就算好了分位数，没法正确地跨实例聚合，所以延迟指标尽量用 histogram。\n另外，桶的边界要覆盖 SLO 附近：如果 SLO 是 300ms，就要有 250ms、300ms、400ms 这样的桶，否则估算误差会很大。",
      },
      { author: "learner", body: "明白了，我们现在用的正是 summary，回去就改。谢谢老师！" },
    ],
    daysAgo: 38,
  },
  {
    article: "why-systems-fall-over",
    author: "mateo",
    body: "The fan-out math was an eye-opener. 1 − 0.99^40 ≈ 33%, so our dashboard page, which calls about 40 services, is slow for a third of page loads even though every single service looks healthy on its own.\n\nAre hedged requests (sending a second copy after the p95) still a good idea, or do they just double the load?",
    status: "FEATURED",
    likedBy: ["learner", "priya", "yuki", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "Hedged requests are still a good tool, and they cost less than you might think. If you send the backup only after the original has been outstanding longer than the p95, at most about 5% of requests get a second copy, so the extra load is around 5% while the tail can shrink a lot.\nTwo rules: only hedge idempotent reads, and cancel the slower copy once the first response arrives. Also cap the hedges (say, at 5% of traffic), so that when the whole backend is slow you don't double the load exactly when it hurts most. The Tail at Scale paper linked in the lesson has measurements.",
      },
    ],
    daysAgo: 36,
  },
  {
    article: "why-systems-fall-over",
    author: "wei",
    body: "利特尔法则这一段太实用了。用它算了一下我们服务的数据库连接池，发现活动峰值时需要的连接数是配置值的两倍多，难怪每次活动都超时。",
    status: "FEATURED",
    likedBy: ["learner", "priya", "mateo", "instructor"],
    replies: [
      {
        author: "priya",
        body: "Same here! In our case it was the HTTP client pool to a partner API, not the database.",
      },
    ],
    daysAgo: 35,
  },
  {
    article: "why-systems-fall-over",
    author: "yuki",
    body: "Question about the M/M/1 table: our service runs at about 60% CPU at peak, so by the table we should be fine. But latency still degrades a lot under load. Could the bottleneck be somewhere CPU doesn't show?",
    status: "FEATURED",
    likedBy: ["mateo", "wei", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "Very likely. CPU is only one resource. Look at every place where a request can wait: connection pools, thread pools, locks (row locks, mutexes), the disk queue, network bandwidth, or a single-threaded component such as Redis or a Node event loop. Each has its own utilisation, and the one closest to 100% decides your latency.\nA practical trick: measure time spent waiting separately from time spent working, e.g. log how long each request waited to get a DB connection. If the wait grows with load while query time stays flat, the pool is your bottleneck. And remember that 60% averaged over a minute can hide several seconds at 100%.",
      },
    ],
    daysAgo: 33,
  },
  {
    article: "why-systems-fall-over",
    author: "learner",
    body: "“依赖恢复后服务还在处理早已超时的请求”这一点以前从没想过。是不是应该在请求排队太久的时候直接丢掉它？",
    status: "FEATURED",
    likedBy: ["wei", "yuki", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "是的，这个思路叫截止时间传播（deadline propagation）。让请求带上截止时间：网关收到请求时记录时间戳，或者像 gRPC 那样把 deadline 传给下游。服务从队列里取出请求、真正开始处理之前先检查一下，如果剩余时间已经不够完成，就直接返回错误，不再浪费资源。\n另外两种常见做法：限制队列长度，超出就立即拒绝；积压时用 LIFO 代替 FIFO，因为最新的请求最可能还有人在等。第六课讲负载削减时会再展开。",
      },
    ],
    daysAgo: 30,
  },
  {
    article: "why-systems-fall-over",
    author: "priya",
    body: "A small tip from our team: when you load test, use an open-model tool (fixed arrival rate) rather than a fixed number of virtual users. With a closed model, the load generator slows down whenever the server slows down, so you never see the queue build up. That's coordinated omission, and it made our p99 look ten times better than reality.",
    status: "FEATURED",
    likedBy: ["learner", "wei", "mateo", "yuki", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "非常好的补充，谢谢 Priya。k6 的 constant-arrival-rate executor 和 wrk2 都是按固定到达率发请求的。建议在压测报告里写明用的是哪种模型，否则两份报告的 p99 没法比较。",
      },
    ],
    daysAgo: 28,
  },
  {
    article: "why-systems-fall-over",
    author: "mateo",
    body: "Rule of thumb I'm taking away: keep utilisation below ~70%, and every retry needs a budget. Printing the M/M/1 table and sticking it next to my monitor.",
    status: "FEATURED",
    likedBy: ["yuki", "priya"],
    daysAgo: 20,
  },
  {
    article: "why-systems-fall-over",
    author: "yuki",
    body: "练习题的结果：我们的搜索接口峰值 800 QPS，平均耗时 45ms，p99 120ms。按平均值算在途请求约 36 个，而连接池只有 20……原来一直在排队。\n\n想问一下：用利特尔法则时，W 应该用平均值还是 p99？",
    status: "FEATURED",
    likedBy: ["learner", "wei", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "利特尔法则里的 W 是平均停留时间，所以估算平均并发要用平均值：800 × 0.045 ≈ 36，你算得没错。\n但连接池不能只按平均值来配：并发是波动的，突发时会明显高于平均值。实践中先按平均值算出基线，再留 1.5–2 倍余量，并监控“等待获取连接的时间”。如果这个等待时间在高峰时经常不为零，说明池子确实不够。也别忘了看数据库那一端能承受多少连接，池子不是越大越好。",
      },
    ],
    daysAgo: 12,
  },
  {
    article: "why-systems-fall-over",
    author: "wei",
    body: "请问老师，后面的课程会讲 Kubernetes 的自动扩容（HPA）吗？感觉它和容量规划的关系很大。",
    status: "PENDING",
    daysAgo: 2,
  },
  {
    article: "why-systems-fall-over",
    author: "mateo",
    body: "Anyone in Shanghai up for dumplings after the meetup on Saturday? 🥟",
    status: "HIDDEN",
    daysAgo: 15,
  },

  // Lesson 2: caching.
  {
    article: "caching-patterns",
    author: "priya",
    body: "Why delete the cache entry on write instead of updating it? Updating seems cheaper, since the next reader doesn't have to go to the database.",
    status: "FEATURED",
    likedBy: ["mateo", "yuki", "learner", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "Two reasons. First, races: if two writers update the database in the order A then B, their cache updates can still land as B then A, leaving A's stale value in the cache with nothing to correct it until the TTL expires. A delete doesn't care about order: whichever delete comes last, the next read loads the current row.\nSecond, wasted work: many keys are written more often than they are read, and building the cached value (joins, serialisation) on every write is pure overhead. Update-on-write makes sense when you can serialise writes per key, for example with a version number and a compare-and-set.",
      },
    ],
    daysAgo: 33,
  },
  {
    article: "caching-patterns",
    author: "wei",
    body: "TTL 抖动这一点太真实了。我们去年大促时，预热的缓存在同一时间过期，数据库直接被打满。现在所有 TTL 都加了 ±10% 的随机值。",
    status: "FEATURED",
    likedBy: ["learner", "yuki", "priya"],
    daysAgo: 31,
  },
  {
    article: "caching-patterns",
    author: "yuki",
    body: "singleflight 只在单个进程内生效吧？如果有 50 个 Pod，最坏情况下还是会有 50 个请求同时回源。这种情况需要分布式锁吗？",
    status: "FEATURED",
    likedBy: ["mateo", "learner", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "没错，进程内的 singleflight 把回源次数从“请求数”降到了“实例数”。对大多数场景，50 次回源数据库完全扛得住，已经够用了。\n只有回源本身很昂贵（比如一次要跑几秒的聚合查询）时，才值得加分布式锁：用 SET lock:key token NX PX 5000 抢锁，抢到的去加载，其余的稍等后重读缓存，或直接返回旧值。锁一定要有过期时间，释放时要校验 token，避免删掉别人的锁。\n更省事的办法是 stale-while-revalidate：只要手里有旧值可以返回，就不存在“大家一起等”的问题。",
      },
    ],
    daysAgo: 25,
  },

  // Lesson 3: hot keys and counters.
  {
    article: "hot-keys-and-counters",
    author: "mateo",
    body: "The CTE trick is neat: the like row and the counter delta are written in one statement, so they can never disagree. We keep a `likes` table plus a separate Redis counter, and the two drift apart by a few percent every week.",
    status: "FEATURED",
    likedBy: ["priya", "wei", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "Drift between two stores is almost inevitable without a shared transaction. If you want to keep the Redis counter for speed, treat it as a cache rather than a source of truth: run a periodic reconcile job that recomputes each counter from the likes table with count(*) and overwrites Redis. Then the drift is bounded by the reconcile interval instead of growing forever.",
      },
    ],
    daysAgo: 27,
  },
  {
    article: "hot-keys-and-counters",
    author: "learner",
    body: "分片数 N 应该怎么选？是越多越好吗？",
    status: "FEATURED",
    likedBy: ["yuki", "mateo", "wei", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "不是越多越好。写冲突大约按 1/N 下降，但读取求和与后台折叠的代价按 N 上升。\n估算方法：先测一下单行热点每秒能承受多少次更新（PostgreSQL 上通常在几百到一千多次之间，取决于事务长度和磁盘），再用峰值写入量除以它，并留出余量。比如峰值 2000 次/秒、单行安全值 300 次/秒，N 取 8 到 16 就够了。\n也可以让 N 按 key 动态决定：普通评论只用 1 个槽，被识别为热点的评论再扩展到更多槽。",
      },
    ],
    daysAgo: 22,
  },
  {
    article: "hot-keys-and-counters",
    author: "yuki",
    body: "求推荐一款适合写代码的机械键盘，预算 500 以内～",
    status: "HIDDEN",
    daysAgo: 18,
  },

  // Lesson 4: scaling the database.
  {
    article: "scaling-the-database",
    author: "priya",
    body: 'The "I posted a comment and it disappeared" example is exactly the bug we shipped last quarter. We fixed it by sending a user\'s reads to the primary for 10 seconds after any write. Simple, and it works.',
    status: "FEATURED",
    likedBy: ["learner", "wei", "mateo", "instructor"],
    daysAgo: 23,
  },
  {
    article: "scaling-the-database",
    author: "wei",
    body: "基于 LSN 的方案在有连接池的情况下要怎么实现？读请求可能被分到任何一个副本上。",
    status: "FEATURED",
    likedBy: ["priya", "learner", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "思路是把“需要的 LSN”随用户一起带着走。写事务提交之后执行 SELECT pg_current_wal_lsn()，把结果放进会话或 cookie。读请求到达时，从某个副本的连接池里拿一个连接，先执行 SELECT pg_last_wal_replay_lsn() >= '<需要的LSN>'::pg_lsn：为 true 就在这个副本上读，否则换一个副本，或者回退到主库。这个检查本身非常便宜。\n也可以由路由层定期采集各副本的回放位置并缓存起来，直接挑一个已经追上的副本。会话里的 LSN 设置几秒的有效期，过期后就不再需要检查。",
      },
    ],
    daysAgo: 21,
  },
  {
    article: "scaling-the-database",
    author: "yuki",
    body: "The shard key table is really helpful. For a course platform, what would you do if one course gets 100x the traffic of every other course?",
    status: "FEATURED",
    likedBy: ["mateo", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "A few options, in order of effort. (1) Don't shard for it at all: a hot course is mostly reads, so caching and read replicas absorb most of the load. (2) Give the big course its own shard; a directory mapping (course_id → shard) makes that a configuration change instead of a re-hash. (3) Only if one course outgrows a whole machine, use a compound key such as (course_id, article_id) for that course so its articles spread across shards. Queries across articles of that course then need a scatter-gather, which is fine if they are rare.",
      },
    ],
    daysAgo: 16,
  },
  {
    article: "scaling-the-database",
    author: "learner",
    body: "想请教一下：如果用 Prisma，读写分离应该怎么配置？有没有现成的扩展可以用？",
    status: "PENDING",
    daysAgo: 3,
  },

  // Lesson 5: queues and async work.
  {
    article: "queues-and-async-work",
    author: "mateo",
    body: 'What about ordering? If the "feature comment" and "hide comment" events for the same comment are processed out of order, the comment ends up featured even though the instructor hid it.',
    status: "FEATURED",
    likedBy: ["priya", "yuki", "learner", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "Two complementary fixes. Partition by comment id, so events for the same comment go to the same partition and are consumed in order (Kafka guarantees order within a partition). But ordering alone isn't enough once you have retries and several producers, so also make the consumer state-based: carry a version (or updated_at) in each event and apply it only if it is newer than what's stored, e.g. UPDATE ... WHERE id = $1 AND version < $2. An old event that arrives late is then simply ignored.",
      },
    ],
    daysAgo: 18,
  },
  {
    article: "queues-and-async-work",
    author: "wei",
    body: "outbox 表会不会越来越大？我们的 relay 是轮询 outbox 的，表变大以后轮询越来越慢。",
    status: "FEATURED",
    likedBy: ["learner", "mateo"],
    replies: [
      {
        author: "priya",
        body: "We delete rows once they're published and keep a partial index on the unpublished ones (WHERE published_at IS NULL). The poll query only touches that small index, so it stays fast.",
      },
      {
        author: "instructor",
        body: "Priya 的做法很标准。再补充两点：一是可以按天给 outbox 分区，整个分区 DROP 掉，比逐行 DELETE 对数据库友好得多，也不会留下大量死元组；二是如果轮询带来的延迟不可接受，可以用 CDC（例如 Debezium 读取 WAL）代替轮询，outbox 表只作为事件的载体。",
      },
    ],
    daysAgo: 14,
  },
  {
    article: "queues-and-async-work",
    author: "yuki",
    body: "Is RabbitMQ or Kafka a better fit for a small team? We only have about 100 messages per second.",
    status: "PENDING",
    daysAgo: 1,
  },

  // Lesson 6: rate limiting and degradation.
  {
    article: "rate-limiting-and-degradation",
    author: "learner",
    body: "令牌桶的代码里没有用定时器补充令牌，这种“懒计算”的思路很巧妙。\n在 Redis 里实现的时候，是不是也存 tokens 和 last 两个字段，用 Lua 脚本一次读写？",
    status: "FEATURED",
    likedBy: ["wei", "priya", "yuki", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "对，就是这样：一个 hash 存 tokens 和 last，Lua 脚本里读取、按时间补齐、判断、写回，整个脚本在 Redis 里原子执行。\n两个细节：一是时间最好在脚本里通过 redis.call('TIME') 获取，而不是用各个应用实例的本地时钟，否则时钟偏差会让补充的令牌数算错；二是给这个 key 设置过期时间（比如桶从空到满所需时间的两倍），不活跃用户的桶就不会一直占用内存。",
      },
    ],
    daysAgo: 13,
  },
  {
    article: "rate-limiting-and-degradation",
    author: "priya",
    body: "The degradation table is my favourite part of the course. We wrote one for our booking flow and found two kill switches that had never been tested. One of them didn't work.",
    status: "FEATURED",
    likedBy: ["mateo", "wei", "learner", "instructor"],
    daysAgo: 11,
  },
  {
    article: "rate-limiting-and-degradation",
    author: "wei",
    body: "沙发！先占座再看 🛋️",
    status: "HIDDEN",
    daysAgo: 14,
  },

  // Lesson 7: capstone.
  {
    article: "capstone-hot-article-comments",
    author: "wei",
    body: "作业思路分享：浏览量再涨 10 倍，我认为最先出问题的是点赞的折叠任务——它是单实例运行的，增量会越积越多。\n我的方案是按 comment_id 哈希把折叠工作分给多个 worker，并监控“最老未折叠增量”的年龄。",
    status: "FEATURED",
    pinned: true,
    likedBy: ["learner", "priya", "mateo", "yuki", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "分析得很好，抓住了“单实例后台任务”这个容易被忽视的瓶颈。补充一点：在加 worker 之前，先看看单个折叠批次能不能做得更大——一条 UPDATE ... FROM (SELECT comment_id, sum(delta) ... GROUP BY comment_id) 就能一次处理上千条评论，往往比多加 worker 更有效，也不用处理 worker 之间的分工。\n“最老未折叠增量的年龄”这个指标选得很准，它直接对应用户看到的点赞数延迟。",
      },
      {
        author: "mateo",
        body: 'Great write-up. Stealing the "age of the oldest unfolded delta" metric for our queue dashboards.',
      },
    ],
    daysAgo: 9,
  },
  {
    article: "capstone-hot-article-comments",
    author: "learner",
    body: "关于“安全”那一条想追问一下：如果有人在评论里写 <script>alert(1)</script>，这里会被当成代码执行吗？\n我在草稿里试了一下，显示出来的是原文。是 React 自动转义了吗？",
    status: "FEATURED",
    likedBy: ["wei", "mateo", "yuki", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "是的。React 渲染 {comment.body} 这样的文本时，会把 <、>、& 等字符转义成 HTML 实体，浏览器把它当文字显示而不会执行，你看到原文正是预期的行为。\n真正的风险出现在绕过这个机制的地方：dangerouslySetInnerHTML、允许原始 HTML 的 Markdown 渲染器、把用户输入拼进 href（比如 javascript: 链接）或内联脚本。我们的做法是：评论按纯文本存储和渲染；文章的 Markdown 不启用原始 HTML；再加上 Content-Security-Policy 作为纵深防御。原则是在输出时按上下文转义，而不是在存储时改写用户的原文。",
      },
    ],
    daysAgo: 7,
  },
  {
    article: "capstone-hot-article-comments",
    author: "yuki",
    body: 'For the "did I like this" query: wouldn\'t it be simpler to cache it per user? At 830 page loads per second, an extra query on every page feels expensive.',
    status: "FEATURED",
    likedBy: ["priya", "instructor"],
    replies: [
      {
        author: "instructor",
        body: "Per-user caching mostly fails here because the hit rate is low: each reader loads the page a handful of times at most, so the cache fills with entries that are read once. The query itself is cheap: a primary-key lookup on (comment_id, user_id) for 20 ids, answered straight from the index, typically well under a millisecond. Anonymous readers, usually the majority, skip it entirely. If 30% of 830 loads per second are logged in, that's about 250 tiny indexed queries per second, which a single replica handles easily.",
      },
    ],
    daysAgo: 5,
  },
  {
    article: "capstone-hot-article-comments",
    author: "mateo",
    body: "Could you share a sample design doc for the assignment? I'm not sure how detailed it should be.",
    status: "PENDING",
    daysAgo: 1,
  },

  // Essay: Wei.
  {
    article: "wei-queueing-is-math",
    author: "priya",
    body: 'Loved the inventory sharding idea: 16 shards and "sold out only when all of them are empty" is a clean rule. What happens when a request lands on an empty shard while other shards still have stock?',
    status: "FEATURED",
    likedBy: ["learner", "mateo", "yuki", "wei"],
    replies: [
      {
        author: "wei",
        body: "我们的做法是：随机选一个起始分片，如果为空就按顺序尝试下一个，最多试 3 次；都失败的话再读一次汇总库存，确认真的卖完了才返回“已抢光”。活动尾声大部分分片都空了，会多试几次，但那时流量已经小多了。",
      },
    ],
    daysAgo: 7,
  },
  {
    article: "wei-queueing-is-math",
    author: "mateo",
    body: '"Most high-concurrency problems are queueing problems, and queueing problems can be calculated." This line deserves to be on the course homepage.',
    status: "FEATURED",
    likedBy: ["wei", "learner", "instructor"],
    daysAgo: 6,
  },

  // Essay: Priya.
  {
    article: "priya-retries-and-idempotency",
    author: "wei",
    body: "Idempotency-Key 存在哪里？和订单放在同一个数据库里吗？过期策略是怎样的？",
    status: "FEATURED",
    likedBy: ["learner", "yuki", "priya"],
    replies: [
      {
        author: "priya",
        body: "Same database, same transaction as the booking. That's the whole point; otherwise the key and the booking can disagree. We keep keys for 24 hours and a nightly job deletes older ones. Keys are scoped per user, so two users can never collide.",
      },
      {
        author: "instructor",
        body: "补充一点并发的情况：同一个 key 第二次到达时，第一次请求可能还没提交。这时应该返回 409 或让客户端稍后重试，而不是再执行一次。做法是先用唯一约束插入 key 作为占位，插入失败就说明已有请求在处理或已完成，这样并发重复也能被天然挡住。",
      },
    ],
    daysAgo: 4,
  },
  {
    article: "priya-retries-and-idempotency",
    author: "yuki",
    body: "Thanks for sharing, Priya! How did you test that the outbox relay is safe if it crashes halfway through a batch?",
    status: "PENDING",
    daysAgo: 1,
  },
  // Answered questions that learners tend to ask again: the composer suggests them while a
  // learner writes the same question in other words (issue 16). Appended, so the ids of the
  // comments above stay as they are.
  {
    article: "scaling-the-database",
    author: "wei",
    body: "老师，一致性哈希在实际项目里一般用在哪些地方？课里说它能减少扩容时的数据搬迁，但没讲哪些中间件真的在用。",
    status: "FEATURED",
    likedBy: ["learner", "yuki", "mateo"],
    replies: [
      {
        author: "instructor",
        body: "凡是“一组会增减的节点，要把 key 稳定地分给它们”的地方都能用：分布式缓存的客户端分片（比如 Memcached 客户端、Twemproxy）、需要同一用户总落到同一台机器的负载均衡（Nginx 的 hash $key consistent、Dubbo 的一致性哈希负载均衡），以及 Cassandra、DynamoDB 这类存储的数据分布。\n它的价值在于节点变化时只有环上相邻的一小段 key 需要迁移。顺带一提，Redis Cluster 用的是 16384 个固定槽位，不是一致性哈希，不过“预先切好大量逻辑分片”的思路和课里讲的一样。",
      },
    ],
    daysAgo: 22,
  },
  {
    article: "caching-patterns",
    author: "mateo",
    body: "When data changes, should I write the database first and then delete the cache entry, or delete the cache first? Which order keeps readers from seeing stale data?",
    status: "FEATURED",
    likedBy: ["priya", "wei"],
    replies: [
      {
        author: "instructor",
        body: "Write the database first, then delete the cache entry. If you delete first, a concurrent read can miss, load the old row and put it back into the cache before your write commits, and the stale value then stays until its TTL runs out.\nDatabase-first still leaves a tiny window (a read that loaded the old value just before your write puts it back just after your delete), which is why the lesson pairs it with a TTL, and for data that must be exact, a second delayed delete or invalidation driven by the change log (CDC).",
      },
    ],
    daysAgo: 31,
  },
  {
    article: "rate-limiting-and-degradation",
    author: "yuki",
    body: "令牌桶和漏桶到底有什么区别？看起来都是按固定速率放行请求，什么时候该选哪一个？",
    status: "FEATURED",
    likedBy: ["learner", "priya"],
    replies: [
      {
        author: "instructor",
        body: "漏桶控制的是“流出”的速率：请求先进桶排队，再以恒定速度被处理，输出非常平滑，但突发流量只能排队或被丢弃。令牌桶控制的是“流入”的许可：令牌按固定速率补充，桶满时可以攒下一批令牌，所以允许一定程度的突发，长期平均速率仍然受限。\n保护下游、要求输出平稳（比如调用有严格 QPS 限制的第三方接口）用漏桶；面向用户的 API 限流通常用令牌桶，因为偶尔的突发是正常行为，不该被惩罚。",
      },
    ],
    daysAgo: 11,
  },
];

export const DEMO_COURSES: DemoCourse[] = [
  {
    key: "demo",
    slug: "high-concurrency",
    title: "高并发系统设计 · High-Concurrency System Design",
    summary:
      "从排队论出发，依次讲解缓存、热点计数、数据库扩展、消息队列与限流降级，学会设计在流量高峰下依然又快又正确的系统。Learn to reason about load with numbers, then design systems that stay fast and correct when traffic spikes.",
    enrollment: "OPEN",
    trialLessons: 0,
    instructor: "instructor",
    learners: ["learner", "wei", "priya", "mateo", "yuki"],
    chapters: CHAPTERS,
    lessonSchedule: { firstDaysAgo: 40, everyDays: 5 },
    essays: ESSAYS,
    comments: COMMENTS,
    invites: [],
  },
  FLASH_SALE_COURSE,
];
