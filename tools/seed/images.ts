import sharp from 'sharp';

/**
 * Demo images, drawn as SVG and rendered to JPEG with sharp at seed time, so
 * the seed needs no network and ships no binary files. The pictures are
 * deliberately simple illustrations (gradients, silhouettes, shapes, no text);
 * every caption and credit says so.
 */

export interface SeedImage {
  key: string;
  filename: string;
  mimeType: 'image/jpeg';
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  svg: string;
}

export interface RenderedImage extends Omit<SeedImage, 'svg'> {
  data: Uint8Array<ArrayBuffer>;
  byteSize: number;
}

export const ILLUSTRATION_CREDIT = 'Illustration: The Ninth Meridian';

/** Small deterministic PRNG (mulberry32), so the pictures are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = 1200;
const H = 675;

function svgDoc(w: number, h: number, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs}</defs>${body}</svg>`;
}

function linear(id: string, stops: string[], vertical = true): string {
  const s = stops.map((c, i) => `<stop offset="${(i / (stops.length - 1)).toFixed(3)}" stop-color="${c}"/>`).join('');
  return vertical ? `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${s}</linearGradient>` : `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1">${s}</linearGradient>`;
}

function radial(id: string, inner: string, outer: string, opacity = 1): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${inner}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${outer}" stop-opacity="0"/></radialGradient>`;
}

/** A smooth ridge line across the picture, as a closed path down to the bottom edge. */
function ridge(r: () => number, base: number, amp: number, steps: number, w = W, h = H): string {
  const pts: string[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = (i / steps) * w;
    const y = base + Math.sin(i * 0.9 + r() * 2) * amp * 0.5 + (r() - 0.5) * amp;
    pts.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  }
  return `M0,${h} L${pts.join(' L')} L${w},${h} Z`;
}

function sky(id: string, colors: string[]): { defs: string; body: string } {
  return { defs: linear(id, colors), body: `<rect width="${W}" height="${H}" fill="url(#${id})"/>` };
}

function sun(cx: number, cy: number, r: number, color: string): { defs: string; body: string } {
  return {
    defs: radial('glow', color, color, 0.55),
    body: `<circle cx="${cx}" cy="${cy}" r="${r * 4}" fill="url(#glow)"/><circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>`,
  };
}

// ---------------------------------------------------------------- hero scenes

function flood(): string {
  const r = rng(11);
  const s = sky('sky', ['#5d7390', '#a9b7c6', '#d9d2c3']);
  const g = sun(860, 260, 38, '#f3e3c0');
  const hills = `<path d="${ridge(r, 330, 40, 12)}" fill="#56677a" opacity="0.8"/>`;
  const land = `<path d="${ridge(r, 380, 18, 16)}" fill="#4a5a45"/>`;
  const water = `<rect y="420" width="${W}" height="${H - 420}" fill="url(#water)"/>`;
  let trees = '';
  for (let i = 0; i < 14; i++) {
    const x = 40 + r() * 1120;
    const y = 410 + r() * 30;
    const h = 30 + r() * 40;
    trees += `<ellipse cx="${x.toFixed(0)}" cy="${(y - h / 2).toFixed(0)}" rx="${(h / 3).toFixed(0)}" ry="${(h / 2).toFixed(0)}" fill="#2f3d33"/>`;
  }
  let ripples = '';
  for (let i = 0; i < 26; i++) {
    const y = 440 + r() * 220;
    const x = r() * 1100;
    ripples += `<rect x="${x.toFixed(0)}" y="${y.toFixed(0)}" width="${(40 + r() * 160).toFixed(0)}" height="3" rx="1.5" fill="#e8e3d6" opacity="${(0.15 + r() * 0.3).toFixed(2)}"/>`;
  }
  const house = `<g fill="#3b3f45"><rect x="300" y="380" width="90" height="60"/><path d="M292,382 L345,340 L398,382 Z"/><rect x="700" y="392" width="70" height="46"/><path d="M694,394 L735,362 L776,394 Z"/></g>`;
  const reflect = `<rect x="832" y="430" width="56" height="200" fill="#f3e3c0" opacity="0.25"/>`;
  return svgDoc(W, H, s.defs + g.defs + linear('water', ['#7f8fa0', '#4d5d70', '#33404f']), s.body + g.body + hills + land + trees + house + water + reflect + ripples);
}

function parliament(): string {
  const s = sky('sky', ['#1c2b4a', '#5a5f86', '#e0a96d']);
  const cols = Array.from({ length: 10 }, (_, i) => `<rect x="${410 + i * 40}" y="370" width="16" height="170"/>`).join('');
  const building =
    `<g fill="#141a29">` +
    `<rect x="360" y="540" width="480" height="30"/><rect x="340" y="570" width="520" height="20"/>` +
    `<rect x="390" y="350" width="420" height="22"/>${cols}` +
    `<path d="M380,352 L600,290 L820,352 Z"/>` +
    `<rect x="530" y="230" width="140" height="60"/>` +
    `<path d="M520,232 A80,80 0 0 1 680,232 Z"/>` +
    `<rect x="596" y="130" width="8" height="30"/><rect x="596" y="118" width="30" height="16" fill="#b8454a"/>` +
    `<rect x="592" y="150" width="16" height="10"/>` +
    `<rect x="150" y="430" width="230" height="160"/><rect x="820" y="430" width="230" height="160"/>` +
    `</g>`;
  const ground = `<rect y="590" width="${W}" height="${H - 590}" fill="#0e121c"/>`;
  const g = sun(960, 520, 26, '#f7c98b');
  let windows = '';
  for (let i = 0; i < 5; i++)
    for (let j = 0; j < 3; j++) {
      windows += `<rect x="${170 + i * 42}" y="${450 + j * 44}" width="18" height="26" fill="#f0c27a" opacity="0.55"/>`;
      windows += `<rect x="${840 + i * 42}" y="${450 + j * 44}" width="18" height="26" fill="#f0c27a" opacity="${j === 1 ? 0.2 : 0.55}"/>`;
    }
  return svgDoc(W, H, s.defs + g.defs, s.body + g.body + building + windows + ground);
}

function rail(): string {
  const s = sky('sky', ['#1f5a63', '#6fa5a0', '#f2c48d']);
  const g = sun(600, 300, 34, '#ffe2b0');
  const r = rng(23);
  const hills = `<path d="${ridge(r, 300, 30, 10)}" fill="#3f6a5c" opacity="0.7"/>`;
  const land = `<rect y="320" width="${W}" height="${H - 320}" fill="#5c5140"/>`;
  const bed = `<path d="M590,320 L610,320 L1000,${H} L200,${H} Z" fill="#8a7a62"/>`;
  const railL = `<path d="M596,320 L600,320 L420,${H} L380,${H} Z" fill="#d8d2c4"/>`;
  const railR = `<path d="M604,320 L608,320 L820,${H} L780,${H} Z" fill="#d8d2c4"/>`;
  let sleepers = '';
  for (let i = 1; i < 18; i++) {
    const t = Math.pow(i / 18, 1.8);
    const y = 320 + t * (H - 320);
    const half = 6 + t * 260;
    sleepers += `<rect x="${(600 - half).toFixed(1)}" y="${y.toFixed(1)}" width="${(half * 2).toFixed(1)}" height="${(2 + t * 14).toFixed(1)}" fill="#4a3d2e"/>`;
  }
  let poles = '';
  for (let i = 1; i < 8; i++) {
    const t = Math.pow(i / 8, 1.6);
    const x = 600 + 30 + t * 520;
    const top = 320 - 10 - t * 260;
    const bottom = 320 + t * 360;
    poles += `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${(2 + t * 10).toFixed(1)}" height="${(bottom - top).toFixed(1)}" fill="#243238"/>`;
    poles += `<rect x="${(600 - 10).toFixed(1)}" y="${top.toFixed(1)}" width="${(x - 590).toFixed(1)}" height="${(1 + t * 4).toFixed(1)}" fill="#243238"/>`;
  }
  const wire = `<path d="M600,306 Q800,220 1200,40" stroke="#243238" stroke-width="2" fill="none"/>`;
  return svgDoc(W, H, s.defs + g.defs, s.body + g.body + hills + land + bed + sleepers + railL + railR + poles + wire);
}

function skyline(): string {
  const r = rng(37);
  const s = sky('sky', ['#15122e', '#3b2a66', '#9a5a8a']);
  let stars = '';
  for (let i = 0; i < 40; i++)
    stars += `<circle cx="${(r() * W).toFixed(0)}" cy="${(r() * 260).toFixed(0)}" r="${(0.8 + r() * 1.4).toFixed(1)}" fill="#fff" opacity="${(0.3 + r() * 0.6).toFixed(2)}"/>`;
  let back = '';
  let front = '';
  let windows = '';
  let x = 0;
  while (x < W) {
    const w = 50 + r() * 70;
    const h = 160 + r() * 200;
    back += `<rect x="${x.toFixed(0)}" y="${(H - 120 - h).toFixed(0)}" width="${w.toFixed(0)}" height="${(h + 120).toFixed(0)}" fill="#2a2450"/>`;
    x += w + 4;
  }
  x = -20;
  while (x < W) {
    const w = 70 + r() * 90;
    const h = 120 + r() * 230;
    const top = H - h;
    front += `<rect x="${x.toFixed(0)}" y="${top.toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="#100d22"/>`;
    for (let wy = top + 16; wy < H - 20; wy += 28) {
      for (let wx = x + 10; wx < x + w - 14; wx += 20) {
        if (r() < 0.32) windows += `<rect x="${wx.toFixed(0)}" y="${wy.toFixed(0)}" width="9" height="13" fill="#f6d37a" opacity="${(0.5 + r() * 0.5).toFixed(2)}"/>`;
      }
    }
    x += w + 6;
  }
  const moon = `<circle cx="980" cy="120" r="40" fill="#f1ead6"/><circle cx="996" cy="108" r="40" fill="#241c4a" opacity="0.9"/>`;
  return svgDoc(W, H, s.defs, s.body + stars + moon + back + front + windows);
}

function harbour(): string {
  const r = rng(41);
  const s = sky('sky', ['#f5a25d', '#f7c78e', '#fbe3bf']);
  const g = sun(300, 380, 60, '#fff1d0');
  const sea = `<rect y="470" width="${W}" height="${H - 470}" fill="url(#sea)"/>`;
  const quay = `<rect x="560" y="450" width="640" height="30" fill="#3a2a25"/>`;
  let cranes = '';
  for (const cx of [640, 820, 1010]) {
    const h = 230 + r() * 60;
    cranes +=
      `<g fill="#3a2a25"><rect x="${cx}" y="${450 - h}" width="14" height="${h}"/><rect x="${cx + 50}" y="${450 - h * 0.8}" width="12" height="${h * 0.8}"/>` +
      `<rect x="${cx - 90}" y="${450 - h}" width="260" height="12"/><rect x="${cx - 40}" y="${450 - h + 12}" width="3" height="${60 + r() * 60}"/></g>`;
  }
  let boxes = '';
  const palette = ['#8c3b2f', '#2f5d7c', '#5b7a3a', '#a86b2d'];
  for (let i = 0; i < 22; i++) {
    const bx = 580 + (i % 11) * 52;
    const by = 420 - Math.floor(i / 11) * 26;
    boxes += `<rect x="${bx}" y="${by}" width="48" height="24" fill="${palette[Math.floor(r() * palette.length)]}"/>`;
  }
  const ship = `<path d="M60,500 L460,500 L430,540 L90,540 Z" fill="#2b2221"/><rect x="340" y="462" width="70" height="38" fill="#2b2221"/><rect x="360" y="440" width="12" height="24" fill="#2b2221"/>`;
  let glints = '';
  for (let i = 0; i < 20; i++)
    glints += `<rect x="${(200 + r() * 220).toFixed(0)}" y="${(490 + r() * 170).toFixed(0)}" width="${(20 + r() * 60).toFixed(0)}" height="3" fill="#fff4d8" opacity="0.45"/>`;
  return svgDoc(W, H, s.defs + g.defs + linear('sea', ['#c9805a', '#6a4d52', '#3a3444']), s.body + g.body + sea + glints + quay + boxes + cranes + ship);
}

function fields(): string {
  const r = rng(53);
  const s = sky('sky', ['#7fb2d9', '#c6dff0', '#f3f0dc']);
  let clouds = '';
  for (let i = 0; i < 5; i++) {
    const cx = r() * W;
    const cy = 60 + r() * 150;
    clouds += `<ellipse cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" rx="${(80 + r() * 90).toFixed(0)}" ry="${(18 + r() * 16).toFixed(0)}" fill="#fff" opacity="0.75"/>`;
  }
  const bands = [
    ['#8ea65a', 330],
    ['#d8b04a', 380],
    ['#b99a3a', 450],
    ['#e3c15a', 530],
    ['#c9a13e', 610],
  ] as const;
  const layers = bands.map(([c, y]) => `<path d="${ridge(r, y, 30, 8)}" fill="${c}"/>`).join('');
  let rows = '';
  for (let i = 0; i < 16; i++) rows += `<path d="M${600 + (i - 8) * 20},560 L${600 + (i - 8) * 160},${H}" stroke="#a9862f" stroke-width="3" opacity="0.5"/>`;
  const tree = `<rect x="902" y="300" width="10" height="60" fill="#4a3a24"/><circle cx="907" cy="290" r="36" fill="#52703a"/>`;
  return svgDoc(W, H, s.defs, s.body + clouds + layers + rows + tree);
}

function circuit(): string {
  const r = rng(67);
  const bg = linear('bg', ['#071a2f', '#0d3550', '#0a2238'], false);
  let lines = '';
  let nodes = '';
  for (let i = 0; i < 46; i++) {
    let x = Math.round((r() * W) / 30) * 30;
    let y = Math.round((r() * H) / 30) * 30;
    let d = `M${x},${y}`;
    for (let k = 0; k < 3; k++) {
      if (r() < 0.5) x += (r() < 0.5 ? -1 : 1) * 30 * (2 + Math.floor(r() * 5));
      else y += (r() < 0.5 ? -1 : 1) * 30 * (2 + Math.floor(r() * 4));
      d += ` L${x},${y}`;
    }
    const c = r() < 0.25 ? '#46e0d0' : '#2a7aa0';
    lines += `<path d="${d}" stroke="${c}" stroke-width="3" fill="none" opacity="0.8"/>`;
    nodes += `<circle cx="${x}" cy="${y}" r="6" fill="${c}"/>`;
  }
  const chip = `<rect x="480" y="218" width="240" height="240" rx="18" fill="#0b2a40" stroke="#46e0d0" stroke-width="4"/><rect x="530" y="268" width="140" height="140" rx="10" fill="#12476a"/>`;
  let pins = '';
  for (let i = 0; i < 8; i++) {
    pins += `<rect x="${500 + i * 26}" y="196" width="8" height="22" fill="#46e0d0"/><rect x="${500 + i * 26}" y="458" width="8" height="22" fill="#46e0d0"/>`;
    pins += `<rect x="458" y="${238 + i * 26}" width="22" height="8" fill="#46e0d0"/><rect x="720" y="${238 + i * 26}" width="22" height="8" fill="#46e0d0"/>`;
  }
  return svgDoc(
    W,
    H,
    bg + radial('halo', '#46e0d0', '#46e0d0', 0.35),
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>` + lines + nodes + `<circle cx="600" cy="338" r="330" fill="url(#halo)"/>` + pins + chip,
  );
}

function theatre(): string {
  const bg = linear('bg', ['#2a0508', '#4a0a12', '#1a0305']);
  const spot = `<path d="M600,0 L380,${H} L820,${H} Z" fill="#ffe9b8" opacity="0.18"/><ellipse cx="600" cy="600" rx="220" ry="40" fill="#ffe9b8" opacity="0.35"/>`;
  let folds = '';
  for (let i = 0; i < 9; i++) {
    folds += `<rect x="${i * 40}" y="0" width="22" height="${H}" fill="#7a1220" opacity="0.7"/>`;
    folds += `<rect x="${W - 360 + i * 40}" y="0" width="22" height="${H}" fill="#7a1220" opacity="0.7"/>`;
  }
  const curtains = `<path d="M0,0 L380,0 Q330,300 250,${H} L0,${H} Z" fill="#8e1626"/><path d="M${W},0 L820,0 Q870,300 950,${H} L${W},${H} Z" fill="#8e1626"/>`;
  const valance = `<path d="M0,0 L${W},0 L${W},70 Q900,110 600,80 Q300,110 0,70 Z" fill="#a51d2f"/><rect y="0" width="${W}" height="12" fill="#d4a94a"/>`;
  const stage = `<rect y="610" width="${W}" height="${H - 610}" fill="#3b2414"/><rect y="606" width="${W}" height="6" fill="#d4a94a"/>`;
  const figure = `<g fill="#1a0d08"><circle cx="600" cy="470" r="22"/><path d="M570,500 Q600,486 630,500 L640,600 L560,600 Z"/></g>`;
  return svgDoc(W, H, bg, `<rect width="${W}" height="${H}" fill="url(#bg)"/>` + spot + stage + figure + curtains + `<g clip-path="none">${folds}</g>` + valance);
}

function mountains(): string {
  const r = rng(79);
  const s = sky('sky', ['#9fc3e0', '#d7e6f1', '#eef3f6']);
  const layers = [
    ['#8aa6c0', 250, 120],
    ['#6d89a6', 330, 110],
    ['#4f6b88', 420, 90],
    ['#344d66', 520, 70],
  ] as const;
  let paths = '';
  for (const [c, base, amp] of layers) {
    const pts: string[] = [];
    let y = base;
    for (let x = 0; x <= W; x += 60) {
      y = base + (r() - 0.5) * amp * 2;
      pts.push(`${x},${y.toFixed(0)}`);
    }
    paths += `<path d="M0,${H} L${pts.join(' L')} L${W},${H} Z" fill="${c}"/>`;
  }
  const snow = `<path d="M540,170 L600,130 L660,175 L630,168 L600,185 L570,166 Z" fill="#ffffff" opacity="0.9"/>`;
  const peak = `<path d="M420,330 L600,130 L800,330 Z" fill="#7d98b3"/>`;
  const tunnel = `<path d="M780,${H} L780,600 A60,60 0 0 1 900,600 L900,${H} Z" fill="#1c2633"/>`;
  return svgDoc(W, H, s.defs, s.body + peak + snow + paths + tunnel);
}

function wind(): string {
  const r = rng(83);
  const s = sky('sky', ['#bcd9ea', '#e4f0f5', '#f6f1e4']);
  const hills = `<path d="${ridge(r, 470, 50, 8)}" fill="#9fbf84"/><path d="${ridge(r, 560, 40, 8)}" fill="#7ea566"/>`;
  let turbines = '';
  const spots = [
    [220, 440, 1],
    [520, 420, 1.25],
    [860, 450, 0.95],
    [1060, 470, 0.7],
  ] as const;
  for (const [x, y, k] of spots) {
    const h = 260 * k;
    const hubY = y - h;
    const rot = Math.floor(r() * 120);
    turbines += `<g fill="#fbfbf8"><path d="M${x - 5 * k},${y} L${x - 2 * k},${hubY} L${x + 2 * k},${hubY} L${x + 5 * k},${y} Z"/>`;
    turbines += `<g transform="translate(${x},${hubY}) rotate(${rot})">`;
    for (let b = 0; b < 3; b++) turbines += `<path transform="rotate(${b * 120})" d="M-4,0 Q-6,${-60 * k} 0,${-120 * k} Q5,${-60 * k} 4,0 Z"/>`;
    turbines += `<circle r="${7 * k}" fill="#e0e0da"/></g></g>`;
  }
  return svgDoc(W, H, s.defs, s.body + turbines + hills);
}

function school(): string {
  const r = rng(97);
  const s = sky('sky', ['#f0b47a', '#f6d4a6', '#fbeedd']);
  const ground = `<rect y="560" width="${W}" height="${H - 560}" fill="#7a8a52"/><rect x="520" y="560" width="160" height="${H - 560}" fill="#c9b48f"/>`;
  let windows = '';
  for (let i = 0; i < 7; i++)
    for (let j = 0; j < 2; j++) {
      if (i === 3) continue;
      windows += `<rect x="${330 + i * 80}" y="${380 + j * 90}" width="44" height="56" fill="#f8e3b8"/><rect x="${350 + i * 80}" y="${380 + j * 90}" width="4" height="56" fill="#8a5a3b"/>`;
    }
  const building =
    `<rect x="300" y="350" width="600" height="210" fill="#b5654a"/><rect x="500" y="260" width="200" height="300" fill="#a65840"/>` +
    `<path d="M480,262 L600,190 L720,262 Z" fill="#6e3a2c"/><circle cx="600" cy="310" r="30" fill="#f4ead4"/><path d="M600,292 L600,310 L614,318" stroke="#4a2a20" stroke-width="4" fill="none"/>` +
    `<rect x="560" y="470" width="80" height="90" fill="#5a2f24"/><rect x="290" y="340" width="620" height="14" fill="#6e3a2c"/>`;
  let trees = '';
  for (const x of [140, 220, 1000, 1090]) {
    const h = 80 + r() * 60;
    trees += `<rect x="${x - 6}" y="${560 - h / 2}" width="12" height="${h / 2}" fill="#5a4028"/><circle cx="${x}" cy="${560 - h / 2 - 30}" r="${40 + r() * 16}" fill="#5f7f3e"/>`;
  }
  return svgDoc(W, H, s.defs, s.body + ground + building + windows + trees);
}

function chart(): string {
  const bg = linear('bg', ['#12211c', '#1d3a30', '#15291f'], false);
  let grid = '';
  for (let y = 100; y < H; y += 80) grid += `<rect x="80" y="${y}" width="1040" height="1" fill="#4a6e5f" opacity="0.6"/>`;
  const r = rng(101);
  let bars = '';
  let pts = '';
  for (let i = 0; i < 12; i++) {
    const h = 120 + i * 18 + (r() - 0.5) * 90;
    const x = 110 + i * 84;
    bars += `<rect x="${x}" y="${(580 - h).toFixed(0)}" width="52" height="${h.toFixed(0)}" rx="4" fill="${i === 11 ? '#e9c46a' : '#3f8f74'}" opacity="${i === 11 ? 1 : 0.85}"/>`;
    pts += `${x + 26},${(560 - h - 60 - (r() - 0.5) * 40).toFixed(0)} `;
  }
  const line = `<polyline points="${pts.trim()}" fill="none" stroke="#f4a261" stroke-width="5" stroke-linejoin="round"/>`;
  const axis = `<rect x="80" y="580" width="1040" height="3" fill="#9fbfb1"/>`;
  return svgDoc(W, H, bg, `<rect width="${W}" height="${H}" fill="url(#bg)"/>` + grid + bars + axis + line);
}

function bridge(): string {
  const r = rng(113);
  const s = sky('sky', ['#4a4272', '#c57b8f', '#f4c4a4']);
  const g = sun(880, 400, 44, '#ffd9b0');
  const river = `<rect y="460" width="${W}" height="${H - 460}" fill="url(#river)"/>`;
  const banks = `<path d="M0,440 L260,440 L330,${H} L0,${H} Z" fill="#2e2740"/><path d="M${W},440 L940,440 L870,${H} L${W},${H} Z" fill="#2e2740"/>`;
  const deck = `<rect x="0" y="410" width="${W}" height="22" fill="#231d33"/>`;
  const arch = `<path d="M260,432 Q600,170 940,432" stroke="#231d33" stroke-width="18" fill="none"/>`;
  let hangers = '';
  for (let i = 1; i < 16; i++) {
    const t = i / 16;
    const x = 260 + t * 680;
    const y = (1 - t) * (1 - t) * 432 + 2 * (1 - t) * t * 170 + t * t * 432;
    hangers += `<rect x="${(x - 2).toFixed(1)}" y="${y.toFixed(1)}" width="4" height="${(412 - y).toFixed(1)}" fill="#231d33"/>`;
  }
  let glints = '';
  for (let i = 0; i < 18; i++)
    glints += `<rect x="${(820 + r() * 140).toFixed(0)}" y="${(470 + r() * 190).toFixed(0)}" width="${(20 + r() * 50).toFixed(0)}" height="3" fill="#ffe3c4" opacity="0.4"/>`;
  return svgDoc(W, H, s.defs + g.defs + linear('river', ['#b07a8c', '#5a4a72', '#2e2a4a']), s.body + g.body + river + glints + banks + arch + hangers + deck);
}

function museum(): string {
  const bg = linear('bg', ['#efe6d4', '#e3d5bb']);
  const floor = `<rect y="520" width="${W}" height="${H - 520}" fill="#b89f7a"/><rect y="516" width="${W}" height="6" fill="#8d7553"/>`;
  const frames = [
    [120, 160, 220, 280, '#5b7c8a', '#c97b4a'],
    [430, 130, 340, 240, '#394f3a', '#d4b45a'],
    [860, 170, 220, 260, '#7a3b3b', '#e0c9a0'],
  ] as const;
  let art = '';
  for (const [x, y, w, h, a, b] of frames) {
    art += `<rect x="${x - 14}" y="${y - 14}" width="${w + 28}" height="${h + 28}" fill="#7a5a32"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${a}"/>`;
    art += `<circle cx="${x + w * 0.62}" cy="${y + h * 0.38}" r="${Math.min(w, h) * 0.22}" fill="${b}"/><path d="M${x},${y + h} L${x + w * 0.4},${y + h * 0.55} L${x + w * 0.7},${y + h * 0.8} L${x + w},${y + h * 0.6} L${x + w},${y + h} Z" fill="#00000033"/>`;
  }
  const bench = `<rect x="470" y="560" width="260" height="18" fill="#5a4128"/><rect x="490" y="578" width="14" height="40" fill="#5a4128"/><rect x="696" y="578" width="14" height="40" fill="#5a4128"/>`;
  const visitor = `<g fill="#3a3028"><circle cx="330" cy="420" r="20"/><path d="M306,446 Q330,434 354,446 L360,560 L300,560 Z"/></g>`;
  return svgDoc(W, H, bg, `<rect width="${W}" height="${H}" fill="url(#bg)"/>` + art + floor + bench + visitor);
}

function editorial(): string {
  const bg = linear('bg', ['#e9e4da', '#d8d0c2'], false);
  const r = rng(127);
  const palette = ['#c8553d', '#2f4858', '#f28f3b', '#588b8b', '#ffd5c2'];
  let shapes = '';
  for (let i = 0; i < 9; i++) {
    const c = palette[i % palette.length];
    shapes += `<circle cx="${(150 + r() * 900).toFixed(0)}" cy="${(120 + r() * 440).toFixed(0)}" r="${(60 + r() * 170).toFixed(0)}" fill="${c}" opacity="0.55"/>`;
  }
  const lines = `<rect x="120" y="560" width="520" height="10" fill="#2f4858"/><rect x="120" y="590" width="380" height="10" fill="#2f4858" opacity="0.6"/>`;
  return svgDoc(W, H, bg, `<rect width="${W}" height="${H}" fill="url(#bg)"/>` + shapes + lines);
}

function clinic(): string {
  const s = sky('sky', ['#cfe8ef', '#eaf5f7', '#f7fbfb']);
  const r = rng(131);
  const ground = `<rect y="560" width="${W}" height="${H - 560}" fill="#a7b8a0"/>`;
  let windows = '';
  for (let i = 0; i < 9; i++)
    for (let j = 0; j < 4; j++) windows += `<rect x="${250 + i * 78}" y="${230 + j * 78}" width="46" height="50" fill="${r() < 0.3 ? '#fdf3d2' : '#8fb3c4'}"/>`;
  const building = `<rect x="220" y="200" width="760" height="360" fill="#f2f2ee"/><rect x="220" y="190" width="760" height="16" fill="#5c8a9a"/><rect x="540" y="470" width="120" height="90" fill="#5c8a9a"/>`;
  const sign = `<rect x="582" y="120" width="36" height="96" fill="#3f9a8a"/><rect x="552" y="150" width="96" height="36" fill="#3f9a8a"/>`;
  const ambulance = `<rect x="820" y="520" width="150" height="56" rx="8" fill="#fafafa" stroke="#c0c0c0" stroke-width="2"/><rect x="820" y="540" width="150" height="8" fill="#d9534f"/><circle cx="850" cy="580" r="14" fill="#333"/><circle cx="940" cy="580" r="14" fill="#333"/>`;
  return svgDoc(W, H, s.defs, s.body + ground + building + windows + sign + ambulance);
}

// ---------------------------------------------------------------- portraits and ads

function portrait(seed: number, bgA: string, bgB: string, skin: string, hair: string, clothes: string, longHair: boolean): string {
  const r = rng(seed);
  const w = 400;
  const bg = linear('bg', [bgA, bgB], false);
  const circles = Array.from(
    { length: 3 },
    () => `<circle cx="${(r() * w).toFixed(0)}" cy="${(r() * w).toFixed(0)}" r="${(60 + r() * 90).toFixed(0)}" fill="#ffffff" opacity="0.08"/>`,
  ).join('');
  const back = longHair ? `<path d="M130,190 Q120,330 150,340 L250,340 Q280,330 270,190 Z" fill="${hair}"/>` : '';
  const body = `<path d="M70,400 Q80,300 200,290 Q320,300 330,400 Z" fill="${clothes}"/><rect x="178" y="240" width="44" height="60" fill="${skin}"/>`;
  const head = `<ellipse cx="200" cy="180" rx="68" ry="80" fill="${skin}"/>`;
  const top = `<path d="M130,175 Q125,92 200,92 Q275,92 270,175 Q262,128 200,124 Q138,128 130,175 Z" fill="${hair}"/>`;
  return svgDoc(w, w, bg, `<rect width="${w}" height="${w}" fill="url(#bg)"/>` + circles + back + body + head + top);
}

function adCreative(seed: number, a: string, b: string, accent: string): string {
  const r = rng(seed);
  const w = 600;
  const h = 300;
  const bg = linear('bg', [a, b], false);
  let shapes = '';
  for (let i = 0; i < 6; i++)
    shapes += `<rect x="${(r() * w).toFixed(0)}" y="${(r() * h).toFixed(0)}" width="${(40 + r() * 160).toFixed(0)}" height="${(40 + r() * 160).toFixed(0)}" rx="20" fill="${accent}" opacity="${(0.2 + r() * 0.4).toFixed(2)}" transform="rotate(${(r() * 40 - 20).toFixed(0)} 300 150)"/>`;
  return svgDoc(w, h, bg, `<rect width="${w}" height="${h}" fill="url(#bg)"/>` + shapes + `<circle cx="480" cy="150" r="80" fill="${accent}" opacity="0.85"/>`);
}

// ---------------------------------------------------------------- catalogue

function hero(key: string, alt: string, caption: string, svg: string): SeedImage {
  return { key, filename: `${key}.jpg`, mimeType: 'image/jpeg', width: W, height: H, alt, caption, credit: ILLUSTRATION_CREDIT, svg };
}

export const HERO_KEYS = [
  'flood',
  'parliament',
  'rail',
  'skyline',
  'harbour',
  'fields',
  'circuit',
  'theatre',
  'mountains',
  'wind',
  'school',
  'chart',
  'bridge',
  'museum',
  'editorial',
  'clinic',
] as const;
export type HeroKey = (typeof HERO_KEYS)[number];

export function heroImages(): SeedImage[] {
  return [
    hero('flood', 'Illustration of a river spilling across flat farmland, with the roofs of two houses above the water', 'Floodwater across farmland. Illustrative image', flood()),
    hero(
      'parliament',
      'Illustration of a domed, columned parliament building in silhouette against a dawn sky',
      'The parliament building at dawn. Illustrative image',
      parliament(),
    ),
    hero('rail', 'Illustration of railway tracks and overhead line poles running to the horizon at sunset', 'A railway line at sunset. Illustrative image', rail()),
    hero('skyline', 'Illustration of a city skyline at night with lit windows under a crescent moon', 'The capital at night. Illustrative image', skyline()),
    hero('harbour', 'Illustration of container cranes and a cargo ship at a harbour at sunset', 'Cranes at a commercial port. Illustrative image', harbour()),
    hero('fields', 'Illustration of rolling golden wheat fields under a pale blue sky', 'Wheat fields in summer. Illustrative image', fields()),
    hero('circuit', 'Illustration of a glowing microchip surrounded by circuit-board traces', 'Circuitry. Illustrative image', circuit()),
    hero('theatre', 'Illustration of a lone performer under a spotlight between red theatre curtains', 'A stage under a spotlight. Illustrative image', theatre()),
    hero('mountains', 'Illustration of layered blue mountain ridges with a tunnel portal in the foreground', 'Mountain ridges. Illustrative image', mountains()),
    hero('wind', 'Illustration of four white wind turbines on green hills', 'Wind turbines on a hillside. Illustrative image', wind()),
    hero('school', 'Illustration of a red-brick school building with a clock above the entrance', 'A school building. Illustrative image', school()),
    hero('chart', 'Illustration of a rising bar chart with a line graph on a dark green background', 'Economic indicators. Illustrative image', chart()),
    hero('bridge', 'Illustration of an arch bridge over a river at dusk', 'A river bridge at dusk. Illustrative image', bridge()),
    hero('museum', 'Illustration of a gallery with three framed paintings, a bench and a visitor', 'A museum gallery. Illustrative image', museum()),
    hero('editorial', 'Abstract illustration of overlapping coloured circles', 'Opinion. Illustrative image', editorial()),
    hero('clinic', 'Illustration of a hospital building with a green cross sign and an ambulance outside', 'A regional hospital. Illustrative image', clinic()),
  ];
}

export function portraitImages(): SeedImage[] {
  const p = (key: string, name: string, svg: string): SeedImage => ({
    key,
    filename: `${key}.jpg`,
    mimeType: 'image/jpeg',
    width: 400,
    height: 400,
    alt: `Illustrated portrait of ${name}`,
    caption: name,
    credit: ILLUSTRATION_CREDIT,
    svg,
  });
  return [
    p('portrait-olena-marsh', 'Olena Marsh', portrait(201, '#2f4858', '#86bbd8', '#e8c4a8', '#4a2e1f', '#33658a', true)),
    p('portrait-tomas-berendt', 'Tomas Berendt', portrait(202, '#6d597a', '#e56b6f', '#d9a98a', '#2b2b2b', '#355070', false)),
    p('portrait-iryna-salk', 'Iryna Salk', portrait(203, '#264653', '#2a9d8f', '#f1d0b5', '#b5793c', '#e76f51', true)),
    p('portrait-daniel-voss', 'Daniel Voss', portrait(204, '#3d405b', '#81b29a', '#c89675', '#5a3a22', '#f2cc8f', false)),
    p('portrait-mira-castellan', 'Mira Castellan', portrait(205, '#7f5539', '#ddb892', '#8d5b3e', '#1d1d1d', '#6b705c', true)),
  ];
}

export function adImages(): SeedImage[] {
  const a = (key: string, alt: string, svg: string): SeedImage => ({
    key,
    filename: `${key}.jpg`,
    mimeType: 'image/jpeg',
    width: 600,
    height: 300,
    alt,
    caption: '',
    credit: 'Advertiser',
    svg,
  });
  return [
    a('ad-greenhollow', 'Abstract green and gold shapes', adCreative(301, '#1b4332', '#52b788', '#ffd166')),
    a('ad-tidewater', 'Abstract blue shapes with an orange circle', adCreative(302, '#03045e', '#0096c7', '#fb8500')),
  ];
}

/** Renders SVG to JPEG. Runs the images in parallel; the whole set takes well under a second. */
export async function renderImages(images: SeedImage[]): Promise<RenderedImage[]> {
  return Promise.all(
    images.map(async ({ svg, ...meta }) => {
      const buf = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg({ quality: 70, mozjpeg: true }).toBuffer();
      const data = new Uint8Array(buf.byteLength);
      data.set(buf);
      return { ...meta, data, byteSize: data.byteLength };
    }),
  );
}
