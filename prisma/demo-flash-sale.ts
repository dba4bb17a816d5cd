// The demo's invite-only course: a non-member reads the first two lessons in full (the trial)
// and only an excerpt of the rest. Taught by 王伟 Wang Wei (wei@example.com), a learner of the
// open course, so the demo shows that roles belong to a course. learner@example.com and
// instructor@example.com are not members: signed in as either, the course is locked past
// its trial until they join through the invite.
import type { DemoComment, DemoCourse, DemoLesson } from "./demo-content";

const LESSON_1 = `晚上十点整，一款限量球鞋开售：库存 2,000 双，提前预约的用户有 50 万。九点五十九分，商品页的访问量已经是平时的 30 倍；十点整那一秒，下单接口收到了 18 万个请求；十点零三秒，库存卖完；之后的一分钟里，还有几十万次刷新和重试。

这就是秒杀（flash sale）的流量形态：**极短、极尖，而且绝大多数请求注定失败**。它和热门文章的评论区不同，“读多写少”的假设在这里不成立——最关键的那一秒，几乎所有流量都冲向同一个写操作：扣减同一件商品的库存。

## 先算一笔账

设计之前先把数字写下来。以上面的球鞋为例：

| 阶段 | 量级 | 说明 |
| --- | --- | --- |
| 预约用户 | 500,000 | 活动前一天的预约数，是最好的容量输入 |
| 开售前一分钟的商品页 PV | 约 3,000,000 | 每人反复刷新 5–10 次 |
| 开售第一秒的下单请求 | 约 180,000 | 预约用户里有 30%–40% 在第一秒点击 |
| 库存 | 2,000 | 真正能成功的请求只有这么多 |
| 成功率 | ≈ 1% | 其余 99% 的请求都应该失败 |

最后一行是整个设计的出发点：**99% 的请求注定失败，那就让它们尽早、尽量便宜地失败。** 一个请求如果要穿过网关、应用服务器、Redis 和数据库，最后才被告知“已售罄”，它沿途占用的每一份资源都是浪费。

## 漏斗：层层过滤

秒杀系统的通用结构是一个漏斗，每一层只放行下一层能承受的流量：

1. **浏览器与 App**：商品页静态化；按钮在开售前置灰，点击后立即禁用，防止一个人一秒点十次。
2. **CDN 与边缘**：静态页、倒计时所需的服务器时间、“已售罄”标志都从边缘返回，不回源站。
3. **网关**：按用户、按 IP 限流，超出部分直接返回 429，不进入业务逻辑。
4. **库存闸门（Redis）**：在内存里原子扣减，扣不到的请求立刻返回“已抢完”。
5. **下单服务与数据库**：只有通过闸门的少数请求才创建订单，并且以数据库能承受的速率进入。

| 层 | 进入的请求 | 放行的请求 | 拦截手段 |
| --- | --- | --- | --- |
| 客户端 | 1,000,000 次点击 | 180,000 | 按钮节流、答题 |
| 网关 | 180,000 | 60,000 | 每用户 1 次/秒、全局令牌桶 |
| 库存闸门 | 60,000 | 2,000 | Redis 原子扣减 |
| 数据库 | 2,000 | 2,000 | 条件更新 + 唯一约束 |

注意数据库这一层：它只需要承受 2,000 次写入，而不是 18 万次。**秒杀系统的容量，主要不是靠把数据库做大，而是靠让数据库看不见大部分流量。**

## 拒绝得越早，需要的并发越少

用利特尔法则 L = λ × W 算一下：如果每个下单请求在应用服务器上停留 200ms，18 万 QPS 意味着 36,000 个在途请求；如果在网关就被拒绝、只停留 2ms，在途请求只有 360 个。拒绝的位置每往外移一层，W 就小一个数量级。

重试风暴在秒杀里也更凶猛：没抢到的用户会疯狂点击。所以“已售罄”必须是一个**明确、可缓存、不必重试**的结果；只有“系统繁忙”才需要重试，而且要带上 \`Retry-After\`，让客户端退避。

## 隔离：别让秒杀拖垮整个网站

秒杀只是网站的一个活动，不能让它影响正常购物：

- 秒杀服务、秒杀商品的缓存和库存表独立部署，或者至少使用独立的连接池与线程池（舱壁，bulkhead）；
- 秒杀走单独的域名和网关规则，方便单独限流、单独降级；
- 活动开始前把商品数据预热进缓存，开售时只读内存，不查数据库。

## 本课要点

- 先用预约数、点击率和库存算出漏斗的每一层。
- 绝大多数请求注定失败：让它们在最外层、用最便宜的方式失败。
- 数据库只承接能成功的那一小部分写入。
- “已售罄”是可缓存的最终结果，“繁忙”才需要重试。
- 秒杀与主站隔离，出了问题只影响秒杀本身。

**练习**：挑一个你见过的限时活动（抢票、抢券、抢红包都可以），估算它的预约数、第一秒的请求数和库存，画出你的漏斗，并标出每一层拦下多少请求。欢迎把结果发在评论区。`;

const LESSON_2 = `超卖（overselling）是秒杀里最严重的事故：卖出了 2,050 双鞋，仓库里只有 2,000 双。多出来的 50 个订单要逐一道歉、退款、补偿，还可能上新闻。本课讨论如何在每秒几万次扣减的压力下，保证库存永远不会变成负数。

## 错误的写法：先读后写

\`\`\`ts
const { remaining } = await db.skuStock.findUniqueOrThrow({ where: { skuId } });
if (remaining > 0) {
  await db.skuStock.update({ where: { skuId }, data: { remaining: remaining - 1 } });
  await createOrder(userId, skuId);
}
\`\`\`

两个请求同时读到 \`remaining = 1\`，都判断有货，都写回 0，都创建了订单——这就是典型的“检查再执行”（check-then-act）竞态。加机器、换更快的数据库都消除不了它，只会让它更少见、更难复现。

## 做法一：数据库条件更新

把“检查”和“扣减”合并成一条原子语句，让数据库来保证：

\`\`\`sql
UPDATE sku_stock
   SET remaining = remaining - 1
 WHERE sku_id = $1 AND remaining > 0;
-- 影响行数为 1：扣减成功；为 0：已售罄
\`\`\`

在同一个事务里插入订单，再配合唯一约束 \`UNIQUE (sku_id, user_id)\`，就同时保证了“不超卖”和“每人限购一件”。这是最简单、最可靠的方案，**它应该是任何方案的最后一道防线**。

它的问题在于吞吐：所有请求都在更新同一行，必须排队等这一行的行锁。假设一次事务持有行锁 2ms，这一行每秒最多完成约 500 次扣减。对于 2,000 件库存来说足够；但如果前面没有任何过滤，18 万个请求都来抢这把锁，连接池会被瞬间占满，队列越排越长。

## 做法二：Redis 原子扣减作为闸门

活动开始前把库存写进 Redis，用一段 Lua 脚本原子地“检查并扣减”。Redis 单线程执行脚本，不存在竞态，单个实例每秒就能处理数万次：

\`\`\`lua
-- KEYS[1] = stock:{sku}   KEYS[2] = buyers:{sku}   ARGV[1] = userId
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then
  return -1          -- 已经抢过
end
local left = tonumber(redis.call('GET', KEYS[1]) or '0')
if left <= 0 then
  return 0           -- 已售罄
end
redis.call('DECR', KEYS[1])
redis.call('SADD', KEYS[2], ARGV[1])
return 1             -- 抢到了，进入下单
\`\`\`

这里的原则是**“先扣减，后下单”**：只有脚本返回 1 的请求才去数据库创建订单，而数据库那一步仍然使用做法一的条件更新。Redis 负责挡住绝大多数请求，数据库负责最终的正确性。

两个细节经常被忽略：

- **Redis 不是真相**。主从切换时，从库可能还没收到最后几次 DECR，闸门会多放行几个请求。没关系，数据库的条件更新会拒绝它们——这正是保留最后一道防线的原因。
- **少卖也是事故**。Redis 扣减成功、下单却失败（超时、用户放弃支付）时，库存必须归还，否则活动结束时明明还有货却显示售罄。用“预占”状态加过期时间来处理：下单后 15 分钟内未支付，订单关闭，库存加回数据库和 Redis。

## 做法三：库存分片

如果连 Redis 的一个 key 都成了热点（例如百万份的红包雨），可以把库存拆成 N 份：

\`\`\`
stock:{sku}:0  = 125
stock:{sku}:1  = 125
...
stock:{sku}:15 = 125
\`\`\`

每个请求随机选一个分片扣减，扣不到就换一个；所有分片都为零才算售罄。分片可以分布到不同的 Redis 节点上，数据库里的库存也可以拆成多行。我们团队的限时领券用的就是 16 个分片，行锁等待几乎消失了。代价是“售罄”的判断变复杂：最后几件库存可能散落在不同分片里，需要一次汇总检查。

## 三种做法怎么选

| 做法 | 正确性 | 吞吐 | 复杂度 | 适用 |
| --- | --- | --- | --- | --- |
| 数据库条件更新 | 强 | 单行每秒数百到数千次 | 低 | 库存少，前面有充分过滤 |
| Redis 闸门 + 数据库兜底 | 强（靠数据库） | 每秒数万次 | 中 | 绝大多数秒杀 |
| 库存分片 | 强（靠数据库） | 随分片数增长 | 高 | 超大库存、红包类活动 |

## 本课要点

- 检查与扣减必须是一个原子操作：条件更新，或者 Lua 脚本。
- 数据库条件更新加唯一约束是最后一道防线，任何缓存方案都取代不了它。
- Redis 闸门挡住绝大多数请求，可以偶尔多放行，但数据库绝不能多卖。
- 预占要有过期时间，超时未支付的库存要归还，避免少卖。

**练习**：写一个小程序，让 200 个并发请求去抢 10 件库存，分别测试“先读后写”和“条件更新”两种实现，记录各自卖出了多少件。`;

const LESSON_3 = `上一课的 Redis 闸门每秒能处理几万次扣减，但如果十万人在同一毫秒点击，闸门前面的网关、应用服务器和网络仍然要承受完整的峰值。这一课的目标是：**让峰值在到达服务器之前就变矮、变宽**。

## 商品页静态化

开售前的几分钟，是商品页被刷新最多的时候。这一页的绝大部分内容——图片、描述、规格——在活动期间不会改变，应该整页生成静态 HTML 放到 CDN 上。会变化的只有两样：**剩余状态**（有货 / 已售罄）和**按钮是否可点**，用一个很小的 JSON 接口单独获取，它同样可以在边缘缓存 1 秒。

## 倒计时用服务器时间

如果按钮的启用时间取决于用户本机的时钟，就会有人把手机时间调快几秒。正确的做法是页面加载时取一次服务器时间，算出与本机的偏差，倒计时按偏差修正；真正的开始时间由服务器判断，提前到达的下单请求一律拒绝。

更进一步，秒杀的下单地址在开售前并不存在：开售那一刻，服务器才为每个用户签发一个短期令牌（用户 id、商品 id 和过期时间的 HMAC 签名），下单请求必须带上它。这样脚本无法提前“埋伏”在接口上。第五课会详细讨论令牌的设计。

## 把一秒拉长到五秒

同一秒内的十万次点击，如果能均匀分散到五秒里，峰值就降到了五分之一。常见的手段：

- **答题或滑块验证**：点击“立即购买”后先完成一个简单的验证。它本来是为了防机器人，但副作用同样重要——每个人完成验证的时间不同，请求自然被打散了。
- **客户端随机延迟**：点击之后，客户端等待 0–500ms 的随机时间再发出请求。用户几乎感觉不到，服务器的峰值却平滑了许多。
- **排队页**：把“请求”变成“排队”，下一章会详细讨论。

## 网关限流

网关是最后一个可以便宜地拒绝请求的地方。秒杀的限流通常分三层：

| 维度 | 规则示例 | 目的 |
| --- | --- | --- |
| 每用户 | 1 次/秒，活动期间最多 20 次 | 挡住狂点和简单脚本 |
| 每 IP / 设备 | 10 次/秒 | 挡住一台机器上的批量账号 |
| 全局 | 令牌桶，速率 = 下游能承受的 QPS | 保护库存闸门和下单服务 |

全局令牌桶的速率应该来自压测数据，而不是拍脑袋。被全局限流拒绝的请求返回 503 和 \`Retry-After\`，客户端按提示退避，而不是立即重试。

## 售罄标志下沉到边缘

库存卖完之后，流量并不会停止——没抢到的人会继续刷新。这时最有效的削峰，是让“已售罄”这个事实尽快传到最外层：

1. 库存闸门第一次返回 0 时，在 Redis 里写一个 \`soldout:{sku}\` 标志，并通过 pub/sub 通知所有应用服务器；
2. 应用服务器把标志记在本地内存里，之后的请求不再访问 Redis；
3. 状态接口返回“已售罄”，CDN 缓存几秒，浏览器随即把按钮置灰。

几秒之内，绝大多数刷新都停在了 CDN 上，源站流量迅速回落。如果之后有订单超时释放了库存，再清除标志，开启一轮“捡漏”——最好提前告诉用户会在什么时候放出，而不是让他们一直刷新。

## 本课要点

- 不变的内容静态化上 CDN，会变的状态用小接口、短缓存。
- 开始时间由服务器判断，下单地址在开售时才签发。
- 用验证、随机延迟和排队，把一秒的峰值摊到几秒。
- 限流分每用户、每设备和全局三层，全局速率来自压测。
- “已售罄”越早传到边缘越好。

**练习**：假设十万次点击在同一秒内到达，每个人完成滑块验证的时间在 1–4 秒之间均匀分布。画出验证之后每 100ms 的请求数，看看峰值降低了多少。`;

const LESSON_4 = `通过库存闸门的请求已经很少了，但它们仍然在同一两秒内涌向下单服务。创建订单要写订单表、订单明细和支付单，还要调用风控、优惠计算和地址校验，每一步都可能变慢。如果同步做完这一切再返回，用户面对的是一个转圈十秒的按钮，下单服务面对的是一个被占满的连接池。

## 同步变异步

把“抢到资格”和“创建订单”拆成两步：

1. 闸门扣减成功后，把下单请求写入消息队列（Kafka、RabbitMQ、Redis Stream 都可以），立即返回一个**排队凭证**；
2. 页面显示“正在为你创建订单”，凭凭证轮询结果，或者通过 SSE 接收通知；
3. 下单消费者以数据库能承受的稳定速率从队列里取出消息，创建订单，写回结果。

\`\`\`ts
// 闸门之后：只做最少的事
const ticketId = randomUUID();
await queue.publish("flash-orders", { ticketId, userId, skuId, acceptedAt: Date.now() });
return Response.json({ status: "queued", ticketId }, { status: 202 });
\`\`\`

队列在这里做的正是“削峰填谷”：入口的峰值可以很高，消费者的速率保持平稳。2,000 个订单以每秒 500 个的速度创建，四秒就能处理完，用户几乎感觉不到等待。

## 消费者必须幂等

消息队列通常只保证“至少一次”投递：消费者处理完、还没来得及确认就崩溃了，这条消息会被再投递一次。所以创建订单必须是幂等的：

\`\`\`sql
INSERT INTO orders (id, user_id, sku_id, status, created_at)
VALUES ($1, $2, $3, 'PENDING_PAYMENT', now())
ON CONFLICT (user_id, sku_id) DO NOTHING;
\`\`\`

以 \`(user_id, sku_id)\` 为唯一键，重复的消息不会产生第二个订单；用排队凭证作订单 id，客户端查询结果时也能直接找到它。

## 超时与库存归还

抢到了不等于买到了。用户需要在 15 分钟内完成支付，否则订单关闭、库存归还：

- 创建订单的同时发出一条**延迟消息**（RabbitMQ 的延迟队列、RocketMQ 的定时消息，或者数据库里的到期时间加定时扫描）；
- 到期时检查订单状态，仍未支付就关闭订单，用条件更新把库存加回数据库，再加回 Redis 闸门；
- 关闭与支付回调可能同时发生：两者都用“状态从 PENDING_PAYMENT 变为 X”的条件更新，只有一个会成功。输的一方如果是支付，就要自动退款。

## 等候室：把公平做成产品

对于演唱会门票这类需求远远超过库存的场景，很多平台会在开售时先把所有人放进一个**虚拟等候室（waiting room）**：

1. 开售时，每个进入的用户拿到一个随机的排队号，而不是按到达的毫秒数排序——否则比拼的是网速和脚本；
2. 系统按下游能承受的速率，每秒放行 N 个号码进入购买页；
3. 页面显示前面还有多少人、预计等多久；库存卖完时，立即告诉所有还在排队的人。

等候室的价值不只是技术上的削峰：它把“刷新拼手速”变成了“安心等待”，体验和公平性都更好，刷新带来的无效流量也随之消失。

## 本课要点

- 闸门之后立即返回排队凭证，订单由消费者以稳定速率创建。
- 至少一次投递意味着消费者必须幂等，唯一约束是最简单的幂等键。
- 未支付的订单要按时关闭并归还库存；关闭与支付用条件更新竞争。
- 需求远大于供给时，用随机排队号的等候室代替拼手速。

**练习**：为你的下单消费者设想三种故障：写库之后、确认消息之前崩溃；同一条消息被投递两次；支付回调与超时关闭同时到达。分别说明你的设计如何保证结果正确。`;

const LESSON_5 = `每一场热门秒杀背后都有“黄牛”：他们用脚本在开售的第一毫秒发出请求，用成百上千个账号抢同一件商品，再加价转卖。如果系统毫无防备，普通用户几乎不可能抢到，活动也就失去了意义。防刷不是一个能彻底解决的问题，而是一场成本的较量：**让作弊的成本高于它的收益**。

## 先定义“公平”

技术方案之前，先和产品、运营把规则对齐：

- 每个账号、每个收货地址、每个手机号限购几件？
- 新注册的账号能不能参与？是否要求实名认证，或者有过历史订单？
- 发现作弊之后，是拦截请求、取消订单，还是事后追回？

规则写清楚了，系统才知道要检查什么；规则含糊，技术手段再多也只是在猜。

## 分层的防护

| 层次 | 手段 | 挡住的对象 |
| --- | --- | --- |
| 账号 | 注册时间、实名、历史订单、风险评分 | 临时注册的批量账号 |
| 设备 | 设备指纹、模拟器识别、App 完整性校验 | 一台机器上的成百个账号 |
| 请求 | 签名令牌、时间戳、一次性 nonce | 绕过客户端直接调接口的脚本 |
| 行为 | 点击间隔、触摸轨迹、验证通过率 | 自动化工具 |
| 结果 | 按收货地址、支付账户关联订单 | 漏网之鱼，在发货前拦下 |

没有哪一层万无一失，但每一层都提高了作弊的成本。“结果”这一层最常被忽视：即使脚本抢到了，只要在发货前按地址和支付账户把订单关联起来，同一个人的第十个订单依然会被取消。

## 签名令牌

第三课提到，下单地址在开售时才签发。令牌大致是这样的：

\`\`\`ts
function issueToken(userId: string, skuId: string, now = Date.now()) {
  const payload = \`\${userId}.\${skuId}.\${now + 60_000}\`; // 一分钟内有效
  const sig = createHmac("sha256", FLASH_SALE_SECRET).update(payload).digest("base64url");
  return \`\${payload}.\${sig}\`;
}
\`\`\`

服务器校验签名和过期时间，并确认令牌里的用户就是当前登录的用户（比较签名时用 \`timingSafeEqual\`）。脚本无法提前生成请求，也无法把一个令牌分给很多账号使用。

## 幂等：重试不能变成多买

普通用户也会制造重复请求：网络超时后 App 自动重试，用户着急连点两次，网关在上游超时后又转发一次。每一次重复都可能变成第二个订单、第二次扣库存。

- 客户端为每一次购买尝试生成一个 \`Idempotency-Key\`，重试时带上同一个 key；
- 服务器把 key 和处理结果保存在同一个事务里，重复的请求直接返回保存的结果；
- 数据库的 \`UNIQUE (user_id, sku_id)\` 依然保留，它是限购规则在存储层的最终表达。

Priya 在《高并发系统设计》的学习心得里说得好：假设每个请求都会到达两次，并让这件事无害。

## 把复盘做成流程

每场活动结束后，至少回答三个问题：成功下单的账号里有多少被风控标记过？被拦截的请求里有没有误伤的正常用户（客服投诉是最好的信号）？作弊者绕过了哪一层？答案就是下一场活动的规则和阈值。

## 本课要点

- 防刷是成本的较量：在账号、设备、请求、行为、结果每一层提高作弊成本。
- 规则先行：限购、资格和处罚先与业务方对齐。
- 下单令牌开售时签发、短期有效、与用户绑定。
- 幂等键加唯一约束，让重试和连点不会多买。
- 每场活动都复盘，把发现变成下一场的规则。

**练习**：写出你所在业务的限购规则，并为每一条找到它在系统里被检查的位置：客户端、网关、闸门、数据库，还是发货前。哪一条规则目前没有任何地方在检查？`;

// Still being written: the studio shows it as a draft; readers never see it.
const LESSON_6_DRAFT = `> 草稿：本课还在写作中。

## 提纲

1. 全链路压测：用影子表和打标流量在生产环境压测
2. 容量规划：从预约数推算每一层的机器数、连接数和队列长度
3. 预案：每一个开关由谁来拨、拨了之后看哪张图
4. 演练：活动前一周的故障演练（Redis 主从切换、消费者宕机、CDN 回源）
5. 当天的作战室：时间线、指标和沟通频道

## 待补充

- 一份真实的预案模板
- 压测报告示例：开放模型与封闭模型的对比`;

const CHAPTERS: Array<{ title: string; lessons: DemoLesson[] }> = [
  {
    title: "一、流量与库存 · Traffic and Inventory",
    lessons: [
      {
        slug: "what-flash-sale-traffic-looks-like",
        title: "秒杀的流量长什么样 · What Flash-Sale Traffic Looks Like",
        body: LESSON_1,
      },
      {
        slug: "stock-without-overselling",
        title: "库存扣减：不超卖的三种做法 · Decrementing Stock Without Overselling",
        body: LESSON_2,
      },
      {
        slug: "shaving-the-peak",
        title: "在流量到达之前削峰 · Shaving the Peak Before It Arrives",
        body: LESSON_3,
      },
    ],
  },
  {
    title: "二、下单链路 · The Order Path",
    lessons: [
      {
        slug: "async-orders-and-waiting-rooms",
        title: "异步下单与等候室 · Asynchronous Orders and Waiting Rooms",
        body: LESSON_4,
      },
      {
        slug: "bots-fairness-idempotency",
        title: "防刷、公平与幂等 · Bots, Fairness and Idempotent Orders",
        body: LESSON_5,
      },
      {
        slug: "load-tests-and-runbooks",
        title: "压测与预案：大促当天 · Load Tests and the Runbook",
        body: LESSON_6_DRAFT,
        draft: true,
      },
    ],
  },
];

// Featured discussion on the two trial lessons (published 24 and 20 days ago), and one
// comment waiting in Wang Wei's studio queue.
const COMMENTS: DemoComment[] = [
  {
    article: "what-flash-sale-traffic-looks-like",
    author: "mateo",
    body: 'The funnel table is the most useful thing I have read about flash sales. Our sale runs in a mobile app that calls the API directly, though. How do we answer "sold out" from the edge when there is no web page to cache?',
    status: "FEATURED",
    pinned: true,
    likedBy: ["priya", "yuki", "wei"],
    replies: [
      {
        author: "wei",
        body: "Same idea, one level down: make the app's status call (GET /flash/{sku}/status) a cacheable response with Cache-Control: public, max-age=1 and put the CDN in front of it. Only the order call goes to your servers.\nAlso ship the rule in the app: once the status says sold out, stop polling and grey out the button. Otherwise every open app keeps asking once a second for the rest of the evening.",
      },
      {
        author: "mateo",
        body: "Makes sense. We poll every 500 ms today with no caching at all, so that alone should cut origin traffic a lot.",
      },
    ],
    daysAgo: 23,
  },
  {
    article: "what-flash-sale-traffic-looks-like",
    author: "yuki",
    body: "按课上的比例算了一下我们下个月的抢购：预约 8 万，库存 500，第一秒大约 3 万个请求。我们的下单接口压测只能到 2,000 QPS，看来漏斗的前几层必须先做起来。\n\n想问一下：每用户 1 次/秒的限流，会不会误伤手快的正常用户？",
    status: "FEATURED",
    likedBy: ["mateo", "priya", "wei"],
    replies: [
      {
        author: "wei",
        body: "一般不会。正常人连续点击的间隔基本都在 300ms 以上，而且按钮点击后会立即禁用，等结果回来才恢复，正常用户一秒内很难发出第二个请求。\n关键是被限流时的提示：返回 429 和明确的文案（“操作太频繁，请稍后再试”），客户端按 Retry-After 自动重试一次，而不是弹一个“系统错误”。用户感知到的是“在排队”，不是“坏了”。",
      },
    ],
    daysAgo: 21,
  },
  {
    article: "stock-without-overselling",
    author: "priya",
    body: "We had exactly the check-then-act bug in our booking service, on hotel rooms during a last-minute sale. Moving to the conditional UPDATE fixed overbooking the same day.\n\nA question about the Redis gate: after a Redis failover, do you reload the stock from the database, or live with a gate that admits a few too many?",
    status: "FEATURED",
    likedBy: ["mateo", "yuki", "wei"],
    replies: [
      {
        author: "wei",
        body: "我们选择接受闸门偶尔多放行，不在活动中途重新加载。原因是活动期间数据库里的剩余库存一直在变，加载的那一刻又会和正在进行的扣减竞争，反而可能少卖。多放行的几个请求会被数据库的条件更新拒绝，用户看到的是“已抢完”，没有任何损失。\n活动结束后再对账：Redis 的扣减次数、订单数、数据库的剩余库存，三者必须对得上。",
      },
    ],
    daysAgo: 19,
  },
  {
    article: "stock-without-overselling",
    author: "mateo",
    body: "Did the exercise: 200 concurrent requests on 10 items. Check-then-act sold 37 (!), the conditional UPDATE sold exactly 10 every time. Seeing it with my own eyes was worth more than any explanation.",
    status: "FEATURED",
    likedBy: ["priya", "yuki", "wei"],
    replies: [{ author: "wei", body: "37 这个数字值得贴在团队的墙上。" }],
    daysAgo: 17,
  },
  {
    article: "stock-without-overselling",
    author: "yuki",
    body: "Lua 脚本里记录买家的 buyers:{sku} 集合，活动结束后需要删掉吗？十万个用户 id 会占很多内存吗？",
    status: "PENDING",
    daysAgo: 2,
  },
];

export const FLASH_SALE_COURSE: DemoCourse = {
  key: "demo-flash-sale",
  slug: "flash-sale-systems",
  title: "秒杀系统实战 · Flash-Sale Systems in Practice",
  summary:
    "几十万人在同一秒点击同一个按钮，而库存只有两千件。从流量漏斗和库存扣减讲起，到削峰、异步下单、等候室与防刷，设计一个不超卖、不宕机、对用户公平的秒杀系统。Design a flash sale that never oversells, stays up when everyone clicks at once, and treats buyers fairly.",
  enrollment: "INVITE",
  trialLessons: 2,
  instructor: "wei",
  learners: ["priya", "mateo", "yuki"],
  chapters: CHAPTERS,
  lessonSchedule: { firstDaysAgo: 24, everyDays: 4 },
  essays: [],
  comments: COMMENTS,
  invites: [{ code: "mpyeK-oDcSTGGR_3jBEN7g", maxUses: 100 }],
};
