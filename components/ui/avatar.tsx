// A person's picture, or their initial on a colour derived from their id.
const PALETTE = ["#0f766e", "#7c3aed", "#b45309", "#be123c", "#1d4ed8", "#4d7c0f", "#a21caf", "#0e7490"];

function colourFor(seed: string) {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

export function Avatar({ id, name, url, size = 36 }: { id: string; name: string; url: string | null; size?: number }) {
  const style = { width: size, height: size };
  if (url) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- avatars may live on any host
      <img src={url} alt="" width={size} height={size} className="shrink-0 rounded-full object-cover" style={style} />
    );
  }
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? "?";
  return (
    <span
      aria-hidden="true"
      className="inline-flex shrink-0 select-none items-center justify-center rounded-full font-semibold text-white"
      style={{ ...style, background: colourFor(id), fontSize: size * 0.42 }}
    >
      {initial}
    </span>
  );
}
