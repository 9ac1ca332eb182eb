import { SHARE_FONT_FAMILY, type ShareCard as Card } from '@/lib/seo/share-image';

/** The generated share image (rendered by next/og: flexbox and inline styles only). */
export function ShareCard({ card }: { card: Card }) {
  const size = card.title.length > 110 ? 54 : card.title.length > 70 ? 64 : 76;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#f6f5f2',
        padding: '64px 72px',
        borderTop: '18px solid #a3121c',
      }}
    >
      <div style={{ display: 'flex', fontFamily: SHARE_FONT_FAMILY, fontSize: 30, fontWeight: 700, color: '#a3121c', textTransform: 'uppercase', letterSpacing: 2 }}>
        {card.section}
      </div>
      <div style={{ display: 'flex', fontFamily: SHARE_FONT_FAMILY, fontSize: size, fontWeight: 700, lineHeight: 1.15, color: '#16181d' }}>{card.title}</div>
      <div style={{ display: 'flex', fontFamily: SHARE_FONT_FAMILY, fontSize: 34, fontWeight: 700, color: '#16181d', borderTop: '2px solid #16181d', paddingTop: 20 }}>
        {card.siteName}
      </div>
    </div>
  );
}
