// Small SVG charts: horizontal bars for counts by category, a line for values over time.
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

export function bars(title: string, data: [string, number][]): string {
  if (!data.length) return `<figure class="chart"><figcaption>${esc(title)}</figcaption><p class="muted">Nothing yet.</p></figure>`
  const max = Math.max(...data.map((d) => d[1]), 1)
  const row = 26
  const h = data.length * row
  const items = data.map(([k, v], i) => {
    const w = Math.max(2, (v / max) * 150)
    return `<g transform="translate(0 ${i * row})"><text x="0" y="17" class="lbl">${esc(k)}</text>` +
      `<rect x="100" y="4" width="${w.toFixed(1)}" height="18" rx="3"></rect>` +
      `<text x="${(106 + w).toFixed(1)}" y="17" class="val">${v}</text></g>`
  }).join('')
  const desc = data.map(([k, v]) => `${k}: ${v}`).join(', ')
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption>` +
    `<svg viewBox="0 0 300 ${h}" role="img" aria-label="${esc(title + ': ' + desc)}">${items}</svg></figure>`
}

export function line(title: string, pts: [number, number][], unit = ''): string {
  if (pts.length < 2) return `<figure class="chart"><figcaption>${esc(title)}</figcaption><p class="muted">Not enough data yet.</p></figure>`
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1])
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y1 = Math.max(...ys, 1e-18)
  const W = 430, H = 130
  const path = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${(10 + ((x - x0) / (x1 - x0 || 1)) * W).toFixed(1)},${(H - (y / y1) * (H - 10)).toFixed(1)}`).join(' ')
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption>` +
    `<svg viewBox="0 0 460 ${H + 20}" role="img" aria-label="${esc(`${title}: ${pts.length} points, up to ${y1.toLocaleString('en-US')} ${unit}`)}">` +
    `<path d="${path}" class="line"></path><text x="10" y="${H + 16}" class="val">max ${y1.toLocaleString('en-US', { maximumFractionDigits: 4 })} ${esc(unit)}</text></svg></figure>`
}
