import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Metadata (the description) in <head> for every browser, not streamed into the body for
  // all but a list of bots: a cached page is the same for every visitor, crawler or not.
  htmlLimitedBots: /.*/,
  serverExternalPackages: ["@node-rs/argon2", "@node-rs/jieba", "pino"],
  experimental: {
    // Next copies a page request's body for proxy.ts, which reads none; pages take no posts.
    proxyClientMaxBodySize: "64kb",
  },
  async headers() {
    const security = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
      ...(process.env.NODE_ENV === "production"
        ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
        : []),
    ];
    return [{ source: "/:path*", headers: security }];
  },
};

export default withNextIntl(nextConfig);
